package org.hedgerow.live;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompDecoder;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ExecutorSubscribableChannel;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.messaging.StompSubProtocolHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory broker's fan-out as it runs in the app (Spring's broker, the broker channel with
 * {@link OneIdPerMessage}, Spring's STOMP handler with {@link SharedFrames}), with sockets that keep the frames
 * they are sent: every subscriber of a topic gets the same frame, byte for byte what Spring's own encoder writes,
 * and a frame is never reused for another destination, another subscription id or another message.
 */
class SharedFramesTests {

    private static final String BELPER = "/topic/localities.BELPER";
    private static final String GLOSSOP = "/topic/localities.GLOSSOP";

    private final ExecutorSubscribableChannel fromClients = new ExecutorSubscribableChannel();
    private final ExecutorSubscribableChannel toClients = new ExecutorSubscribableChannel();
    private final ExecutorSubscribableChannel toBroker = new ExecutorSubscribableChannel();
    private final StompSubProtocolHandler stomp = new StompSubProtocolHandler();
    private final StompSubProtocolHandler plainStomp = new StompSubProtocolHandler();
    private final Map<String, List<byte[]>> frames = new HashMap<>();
    private final Map<String, List<byte[]>> plainFrames = new HashMap<>();
    private SimpMessagingTemplate messaging;

    @BeforeEach
    void broker() {
        stomp.setEncoder(new SharedFrames());
        toBroker.addInterceptor(new OneIdPerMessage());
        var broker = new SimpleBrokerMessageHandler(fromClients, toClients, toBroker, List.of("/topic"));
        broker.start();
        toClients.subscribe(message -> {
            if (SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) == SimpMessageType.MESSAGE) {
                String session = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
                stomp.handleMessageToClient(socket(session, frames), message);
                plainStomp.handleMessageToClient(socket(session, plainFrames), message);
            }
        });
        messaging = new SimpMessagingTemplate(toBroker);
        subscribe("ann", "sub-0", BELPER);
        subscribe("bob", "sub-0", BELPER);
        subscribe("cat", "sub-3", BELPER);
        subscribe("dan", "sub-0", GLOSSOP);
    }

    @Test
    void everySubscriberOfATopicGetsTheSameFrameAsSpringWouldWriteIt() {
        messaging.send(BELPER, json("{\"seq\":1}"));

        byte[] ann = frames.get("ann").getFirst();
        assertThat(frames.get("bob").getFirst()).as("encoded once, the same array").isSameAs(ann);
        assertThat(ann).as("what Spring's own encoder writes for that copy").isEqualTo(plainFrames.get("ann").getFirst());
        var headers = decode(ann);
        assertThat(headers.getDestination()).isEqualTo(BELPER);
        assertThat(headers.getSubscriptionId()).isEqualTo("sub-0");
        assertThat(headers.getMessageId()).isNotBlank();
        assertThat(text(ann)).endsWith("\n\n{\"seq\":1}\0");
        assertThat(frames).as("nobody following Glossop hears of Belper").doesNotContainKey("dan");
    }

    @Test
    void aFrameIsNeverReusedForAnotherSubscriptionIdDestinationOrMessage() {
        byte[] payload = "{\"seq\":1}".getBytes(StandardCharsets.UTF_8);
        messaging.send(BELPER, json(payload));
        messaging.send(GLOSSOP, json(payload)); // the very same array to another topic
        messaging.send(BELPER, json("{\"seq\":2}"));

        assertThat(decode(frames.get("cat").getFirst()).getSubscriptionId()).isEqualTo("sub-3");
        assertThat(frames.get("cat").getFirst()).isEqualTo(plainFrames.get("cat").getFirst());
        assertThat(decode(frames.get("dan").getFirst()).getDestination()).isEqualTo(GLOSSOP);
        assertThat(frames.get("dan").getFirst()).isEqualTo(plainFrames.get("dan").getFirst());

        var first = decode(frames.get("ann").get(0));
        var second = decode(frames.get("ann").get(1));
        assertThat(second.getMessageId()).as("each message its own id").isNotEqualTo(first.getMessageId());
        assertThat(decode(frames.get("bob").get(1)).getMessageId()).isEqualTo(second.getMessageId());
        assertThat(text(frames.get("bob").get(1))).endsWith("{\"seq\":2}\0");
        for (var session : List.of("ann", "bob", "cat", "dan")) {
            assertThat(frames.get(session)).as(session).hasSameSizeAs(plainFrames.get(session));
            for (int i = 0; i < frames.get(session).size(); i++) {
                assertThat(frames.get(session).get(i)).isEqualTo(plainFrames.get(session).get(i));
            }
        }
    }

    private void subscribe(String session, String subscription, String destination) {
        var connect = SimpMessageHeaderAccessor.create(SimpMessageType.CONNECT);
        connect.setSessionId(session);
        fromClients.send(MessageBuilder.createMessage(new byte[0], connect.getMessageHeaders()));
        var subscribe = SimpMessageHeaderAccessor.create(SimpMessageType.SUBSCRIBE);
        subscribe.setSessionId(session);
        subscribe.setSubscriptionId(subscription);
        subscribe.setDestination(destination);
        fromClients.send(MessageBuilder.createMessage(new byte[0], subscribe.getMessageHeaders()));
    }

    private static Message<byte[]> json(String body) {
        return json(body.getBytes(StandardCharsets.UTF_8));
    }

    private static Message<byte[]> json(byte[] body) {
        var headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
        headers.setLeaveMutable(true);
        return MessageBuilder.createMessage(body, headers.getMessageHeaders());
    }

    private static StompHeaderAccessor decode(byte[] frame) {
        var message = new StompDecoder().decode(java.nio.ByteBuffer.wrap(frame)).getFirst();
        return StompHeaderAccessor.wrap(message);
    }

    private static String text(byte[] frame) {
        return new String(frame, StandardCharsets.UTF_8);
    }

    /** A socket that keeps the bytes of each frame sent to it (the very array, to see when one is shared). */
    private static WebSocketSession socket(String id, Map<String, List<byte[]>> frames) {
        var attributes = new HashMap<String, Object>();
        return (WebSocketSession) Proxy.newProxyInstance(SharedFramesTests.class.getClassLoader(),
                new Class<?>[] {WebSocketSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getId" -> id;
                    case "isOpen" -> true;
                    case "getAttributes" -> attributes;
                    case "sendMessage" -> {
                        frames.computeIfAbsent(id, key -> new ArrayList<>()).add(((TextMessage) args[0]).asBytes());
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "socket " + id;
                    default -> null;
                });
    }
}
