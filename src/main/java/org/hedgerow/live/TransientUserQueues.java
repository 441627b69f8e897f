package org.hedgerow.live;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;

/**
 * With the RabbitMQ relay, {@code /user/queue/referrals} becomes a queue per STOMP session
 * ({@code /queue/referrals-user<session>}), which RabbitMQ keeps after the session ends. Each such queue is
 * declared with an {@code x-expires} argument so RabbitMQ deletes it once it has had no reader for that long.
 * RabbitMQ declares the queue on both SUBSCRIBE and SEND and insists the arguments match, so this runs on the
 * clients' inbound channel (their SUBSCRIBE) and on the broker channel (the app's SENDs).
 */
class TransientUserQueues implements ChannelInterceptor {

    static final String EXPIRES_MILLIS = "300000";

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        var headers = SimpMessageHeaderAccessor.wrap(message);
        var destination = headers.getDestination();
        boolean subscribe = headers.getMessageType() == SimpMessageType.SUBSCRIBE && destination != null
                && destination.startsWith("/user/queue/");
        boolean send = headers.getMessageType() == SimpMessageType.MESSAGE && destination != null
                && destination.startsWith("/queue/") && destination.contains("-user");
        if (!subscribe && !send) {
            return message;
        }
        headers.setNativeHeader("x-expires", EXPIRES_MILLIS);
        return MessageBuilder.createMessage(message.getPayload(), headers.getMessageHeaders());
    }
}
