package org.hedgerow.live;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

/**
 * A socket lives no longer than the sign-in it was opened with: when the HTTP session ends (signing out, a
 * password or role change that ends older sessions, a timeout), every WebSocket opened from it is closed, so
 * a signed-out browser stops receiving that person's referral news at once.
 */
@Component
class SocketsOfSessions implements WebSocketHandlerDecoratorFactory {

    static final CloseStatus SIGNED_OUT = new CloseStatus(4401, "The session ended; sign in again");
    private static final Logger log = LoggerFactory.getLogger(SocketsOfSessions.class);

    private final Map<String, Set<WebSocketSession>> sockets = new ConcurrentHashMap<>();

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
                var httpSession = httpSessionOf(socket);
                if (httpSession != null) {
                    sockets.computeIfAbsent(httpSession, id -> ConcurrentHashMap.newKeySet()).add(socket);
                }
                super.afterConnectionEstablished(socket);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession socket, CloseStatus status) throws Exception {
                var httpSession = httpSessionOf(socket);
                if (httpSession != null) {
                    sockets.computeIfPresent(httpSession, (id, open) -> {
                        open.remove(socket);
                        return open.isEmpty() ? null : open;
                    });
                }
                super.afterConnectionClosed(socket, status);
            }
        };
    }

    @EventListener
    void sessionEnded(HttpSessionDestroyedEvent ended) {
        var open = sockets.remove(ended.getId());
        if (open == null) {
            return;
        }
        for (var socket : open) {
            try {
                socket.close(SIGNED_OUT);
            } catch (IOException | RuntimeException alreadyGone) {
                log.debug("Socket {} was already closing", socket.getId(), alreadyGone);
            }
        }
    }

    private static String httpSessionOf(WebSocketSession socket) {
        return (String) socket.getAttributes().get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME);
    }
}
