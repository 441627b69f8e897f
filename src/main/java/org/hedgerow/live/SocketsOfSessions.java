package org.hedgerow.live;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.hedgerow.accounts.HeldSignIns;
import org.hedgerow.accounts.SignInsRenewed;
import org.hedgerow.accounts.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

/**
 * A socket lives no longer than the sign-in it was opened with:
 * <ul>
 * <li>when the HTTP session ends (signing out, a timeout, a password or role change noticed at its next request),
 * every WebSocket opened from it is closed, so a signed-out browser stops receiving that person's referral news at
 * once;</li>
 * <li>when an account's sign-ins are renewed ({@link SignInsRenewed}: its password set, its role or enabled
 * changed), every socket opened by that account is closed, though its session makes no request that would end it:
 * a browser that only listens would otherwise keep hearing the account's news, or a demoted facilitator the
 * network's, until the session timed out. Its own current session reconnects (the web app does so by itself) and
 * is let in again; an ended one is no longer signed in and hears nothing personal.</li>
 * <li>every {@code hedgerow.live.sign-in-recheck} (30 s), the sign-ins the open sockets hold are checked against the
 * graph in one statement ({@link HeldSignIns}), and the sockets of those that have ended are closed the same way:
 * for what the event cannot see (an announcement from another instance lost on Redis, a stamp changed by hand, a
 * handshake a moment before a renewal's commit). No answer from the graph closes nothing; the first recheck
 * left unanswered is logged as a warning, and the first answered after it, so a lasting failure is not silent.</li>
 * </ul>
 */
@Component
class SocketsOfSessions implements WebSocketHandlerDecoratorFactory {

    static final CloseStatus SIGNED_OUT = new CloseStatus(4401, "The session ended; sign in again");
    static final CloseStatus SIGN_IN_CHANGED = new CloseStatus(4402, "The account's sign-in changed; connect again");
    private static final Logger log = LoggerFactory.getLogger(SocketsOfSessions.class);

    private final Map<String, Set<WebSocketSession>> sockets = new ConcurrentHashMap<>();
    private final Map<String, Set<WebSocketSession>> socketsOfAccounts = new ConcurrentHashMap<>();
    private final HeldSignIns signIns;
    /** Whether the last recheck went unanswered, so that a lasting failure is warned of once, not every time. */
    private final AtomicBoolean recheckFailing = new AtomicBoolean();

    SocketsOfSessions(HeldSignIns signIns) {
        this.signIns = signIns;
    }

    /** Copies only the HTTP session's id into the socket's attributes. */
    static HttpSessionHandshakeInterceptor sessionId() {
        var interceptor = new HttpSessionHandshakeInterceptor();
        interceptor.setCopyAllAttributes(false);
        interceptor.setCopyHttpSessionId(true);
        interceptor.setCreateSession(false);
        return interceptor;
    }

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession socket) throws Exception {
                remember(sockets, httpSessionOf(socket), socket);
                remember(socketsOfAccounts, accountOf(socket), socket);
                super.afterConnectionEstablished(socket);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession socket, CloseStatus status) throws Exception {
                forget(sockets, httpSessionOf(socket), socket);
                forget(socketsOfAccounts, accountOf(socket), socket);
                super.afterConnectionClosed(socket, status);
            }
        };
    }

    @EventListener
    void sessionEnded(HttpSessionDestroyedEvent ended) {
        close(sockets.remove(ended.getId()), SIGNED_OUT);
    }

    @EventListener
    void signInsRenewed(SignInsRenewed renewed) {
        close(socketsOfAccounts.remove(renewed.accountId()), SIGN_IN_CHANGED);
    }

    @Scheduled(fixedDelayString = "${hedgerow.live.sign-in-recheck:30s}",
            initialDelayString = "${hedgerow.live.sign-in-recheck:30s}")
    void closeEndedSignIns() {
        var held = new IdentityHashMap<SignedInUser, List<WebSocketSession>>();
        for (var open : socketsOfAccounts.values()) {
            for (var socket : open) {
                var user = signedInUserOf(socket);
                if (user != null && socket.isOpen()) {
                    held.computeIfAbsent(user, u -> new ArrayList<>()).add(socket);
                }
            }
        }
        if (held.isEmpty()) {
            return;
        }
        Set<SignedInUser> ended;
        try {
            ended = signIns.ended(held.keySet());
        } catch (RuntimeException noAnswer) {
            if (recheckFailing.compareAndSet(false, true)) {
                log.warn("Could not check the sign-ins of the open sockets ({}); trying again at every recheck, "
                        + "and saying so once it answers", noAnswer.toString());
            }
            log.debug("Could not check the sign-ins of the open sockets", noAnswer);
            return;
        }
        if (recheckFailing.compareAndSet(true, false)) {
            log.info("The sign-ins of the open sockets are checked again");
        }
        for (var user : ended) {
            close(held.get(user), SIGN_IN_CHANGED);
        }
    }

    private static void close(@Nullable Collection<WebSocketSession> open, CloseStatus why) {
        if (open == null) {
            return;
        }
        for (var socket : open) {
            try {
                socket.close(why);
            } catch (IOException | RuntimeException alreadyGone) {
                log.debug("Socket {} was already closing", socket.getId(), alreadyGone);
            }
        }
    }

    /**
     * Adds the socket inside the map's compute, so that a set emptied and removed by {@link #forget} at the same
     * moment (the last other socket closing) cannot take the new one away with it.
     */
    private static void remember(Map<String, Set<WebSocketSession>> byKey, @Nullable String key,
                                 WebSocketSession socket) {
        if (key != null) {
            byKey.compute(key, (k, open) -> {
                var kept = open == null ? ConcurrentHashMap.<WebSocketSession>newKeySet() : open;
                kept.add(socket);
                return kept;
            });
        }
    }

    private static void forget(Map<String, Set<WebSocketSession>> byKey, @Nullable String key, WebSocketSession socket) {
        if (key != null) {
            byKey.computeIfPresent(key, (k, open) -> {
                open.remove(socket);
                return open.isEmpty() ? null : open;
            });
        }
    }

    /** The account that opened the socket, as Spring Security knew it at the handshake; none for a visitor. */
    private static @Nullable String accountOf(WebSocketSession socket) {
        var user = signedInUserOf(socket);
        return user == null ? null : user.accountId();
    }

    private static @Nullable SignedInUser signedInUserOf(WebSocketSession socket) {
        return socket.getPrincipal() instanceof Authentication signedIn
                && signedIn.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    private static @Nullable String httpSessionOf(WebSocketSession socket) {
        return (String) socket.getAttributes().get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME);
    }
}
