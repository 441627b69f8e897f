package org.hedgerow.live;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;

/**
 * With the in-memory broker, gives each message one STOMP {@code message-id} before the broker copies it to its
 * subscribers. Left to itself, Spring writes a new id into every copy ({@code <socket>-<counter>}), which makes each
 * subscriber's frame different; STOMP asks only that the id name the message, and one id for all copies of it lets
 * {@link SharedFrames} encode the frame once. (RabbitMQ, with the relay, sets its own ids: not used there.)
 */
class OneIdPerMessage implements ChannelInterceptor {

    private final String instance = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    private final AtomicLong messages = new AtomicLong();

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        var sent = MessageHeaderAccessor.getAccessor(message, SimpMessageHeaderAccessor.class);
        if (sent == null || sent.getMessageType() != SimpMessageType.MESSAGE
                || sent.getFirstNativeHeader(StompHeaderAccessor.STOMP_MESSAGE_ID_HEADER) != null) {
            return message;
        }
        // the template made the headers immutable before sending: a copy, once per message
        var headers = SimpMessageHeaderAccessor.wrap(message);
        headers.setNativeHeader(StompHeaderAccessor.STOMP_MESSAGE_ID_HEADER, instance + "-" + messages.incrementAndGet());
        return MessageBuilder.createMessage(message.getPayload(), headers.getMessageHeaders());
    }
}
