package org.hedgerow.live;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may listen where. Anyone may follow a locality's public changes; only facilitators and admins the
 * network; a signed-in user only their own queues ({@code /user/queue/...}, which the broker resolves to
 * this session alone). Any other destination, and any SEND, is refused with an ERROR frame.
 */
class SubscriptionRules implements ChannelInterceptor {

    static final String LOCALITY_PREFIX = "/topic/localities.";
    static final String NETWORK = "/topic/network";
    static final String REFERRALS = "/queue/referrals";
    static final String INTRODUCTIONS = "/queue/introductions";

    private static final Pattern LOCALITY = Pattern.compile("/topic/localities\\.[A-Za-z0-9_-]{1,40}");
    private static final Set<String> OWN_QUEUES = Set.of("/user" + REFERRALS, "/user" + INTRODUCTIONS);
    private static final Set<String> NETWORK_ROLES = Set.of("ROLE_FACILITATOR", "ROLE_ADMIN");

    private static final Executor ERROR_DELAY = CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS);

    private final Supplier<MessageChannel> toClients;

    SubscriptionRules(Supplier<MessageChannel> toClients) {
        this.toClients = toClients;
    }

    /**
     * A refused frame is dropped here and the ERROR (after which the session is closed) goes out a moment
     * later through the outbound channel. A client subscribes as soon as CONNECTED arrives, while the thread
     * that sent CONNECTED may still hold the session's send lock; an ERROR sent then is only queued, and the
     * close that follows it discards the queue, so the client would see a bare disconnect (seen in tests).
     */
    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        var stomp = StompHeaderAccessor.wrap(message);
        if (stomp.getCommand() == StompCommand.SEND) {
            return refuse(stomp, "This server does not take messages; use the REST API");
        }
        if (stomp.getCommand() == StompCommand.SUBSCRIBE) {
            var destination = stomp.getDestination();
            if (destination == null || !allowed(destination, stomp.getUser())) {
                return refuse(stomp, "You may not subscribe to " + destination);
            }
        }
        return message;
    }

    private Message<?> refuse(StompHeaderAccessor frame, String why) {
        var error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage(why);
        error.setSessionId(frame.getSessionId());
        if (frame.getReceipt() != null) {
            error.setReceiptId(frame.getReceipt());
        }
        error.setLeaveMutable(true);
        var answer = MessageBuilder.createMessage(why.getBytes(StandardCharsets.UTF_8), error.getMessageHeaders());
        ERROR_DELAY.execute(() -> toClients.get().send(answer));
        return null;
    }

    static boolean allowed(String destination, Principal user) {
        if (LOCALITY.matcher(destination).matches()) {
            return true;
        }
        if (!(user instanceof Authentication signedIn) || !signedIn.isAuthenticated()) {
            return false;
        }
        if (OWN_QUEUES.contains(destination)) {
            return true;
        }
        return NETWORK.equals(destination) && signedIn.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(NETWORK_ROLES::contains);
    }
}
