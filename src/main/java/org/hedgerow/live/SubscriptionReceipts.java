package org.hedgerow.live;

import java.util.function.Supplier;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.simp.user.UserDestinationMessageHandler;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;

/**
 * RECEIPT frames for SUBSCRIBE with the in-memory broker (RabbitMQ sends its own). A client that asks for one
 * knows its subscription is in place before it catches up over REST, so no change can fall between the two.
 * The receipt goes out only after the broker has registered the subscription: after the user-destination
 * handler for {@code /user/...}, after the simple broker for the rest.
 */
class SubscriptionReceipts implements ExecutorChannelInterceptor {

    private final Supplier<MessageChannel> toClients;

    SubscriptionReceipts(Supplier<MessageChannel> toClients) {
        this.toClients = toClients;
    }

    @Override
    public void afterMessageHandled(Message<?> message, MessageChannel channel, MessageHandler handler,
                                    Exception failure) {
        var stomp = StompHeaderAccessor.wrap(message);
        if (failure != null || stomp.getCommand() != StompCommand.SUBSCRIBE || stomp.getReceipt() == null
                || stomp.getDestination() == null) {
            return;
        }
        boolean userDestination = stomp.getDestination().startsWith("/user/");
        if (userDestination ? handler instanceof UserDestinationMessageHandler
                : handler instanceof SimpleBrokerMessageHandler) {
            var receipt = StompHeaderAccessor.create(StompCommand.RECEIPT);
            receipt.setReceiptId(stomp.getReceipt());
            receipt.setSessionId(stomp.getSessionId());
            receipt.setLeaveMutable(true);
            toClients.get().send(MessageBuilder.createMessage(new byte[0], receipt.getMessageHeaders()));
        }
    }
}
