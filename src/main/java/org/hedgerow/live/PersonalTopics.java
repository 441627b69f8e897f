package org.hedgerow.live;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.user.UserDestinationResolver;
import org.springframework.messaging.simp.user.UserDestinationResult;

/**
 * With the RabbitMQ relay, a person's own queues ({@code /user/queue/referrals} and the rest) are one RabbitMQ topic
 * per person and queue, {@code /topic/person.<username in hex>.referrals}, which every socket of theirs subscribes
 * to, on whichever instance it is connected to; the app sends each message to that one topic.
 * <p>
 * Why not Spring's own resolution: it makes a queue per socket and finds a person's sockets through a registry the
 * instances broadcast to each other every 10 s. A person with two tabs on two instances (round robin does that)
 * then got a message only on the sockets the sending instance knew of: a socket opened in the last seconds on the
 * other instance missed it, and no catch-up follows a message that never came (found by SeveralInstancesTests). A
 * topic per person needs no registry: RabbitMQ hands each message to every socket subscribed at that moment, and
 * keeps nothing for a person with none (each subscription's queue goes with its socket).
 * <p>
 * The username is written in hex, so that no name can carry RabbitMQ's routing wildcards ({@code *}, {@code #}) or
 * dots into a binding and listen to someone else's topic. Clients cannot subscribe to {@code /topic/person.*}
 * themselves: {@link SubscriptionRules} allows only {@code /user/queue/...} for one's own, resolved here from the
 * signed-in user of the socket.
 */
class PersonalTopics implements UserDestinationResolver {

    static final String TOPIC_PREFIX = "/topic/person.";
    private static final String USER_PREFIX = "/user/";
    private static final String QUEUE_PREFIX = "/queue/";

    @Override
    public @Nullable UserDestinationResult resolveDestination(Message<?> message) {
        var headers = SimpMessageHeaderAccessor.wrap(message);
        String source = headers.getDestination();
        if (source == null || !source.startsWith(USER_PREFIX)) {
            return null;
        }
        String user;
        String queue;
        if (headers.getMessageType() == SimpMessageType.SUBSCRIBE) {
            // "/user/queue/referrals", for the socket's own signed-in user
            var principal = headers.getUser();
            if (principal == null) {
                return null;
            }
            user = principal.getName();
            queue = source.substring(USER_PREFIX.length() - 1);
        } else if (headers.getMessageType() == SimpMessageType.MESSAGE) {
            // "/user/{username}/queue/referrals", from the app (a "/" in a name travels as %2F, as Spring writes it)
            int slash = source.indexOf('/', USER_PREFIX.length());
            if (slash < 0) {
                return null;
            }
            user = source.substring(USER_PREFIX.length(), slash).replace("%2F", "/");
            queue = source.substring(slash);
        } else {
            return null;
        }
        String name = queue.startsWith(QUEUE_PREFIX) ? queue.substring(QUEUE_PREFIX.length()) : "";
        if (name.isEmpty() || !name.matches("[a-z-]{1,40}")) {
            return null;
        }
        return new UserDestinationResult(source, Set.of(topic(user, name)), "/user" + queue, user);
    }

    static String topic(String username, String queue) {
        return TOPIC_PREFIX + HexFormat.of().formatHex(username.getBytes(StandardCharsets.UTF_8)) + "." + queue;
    }
}
