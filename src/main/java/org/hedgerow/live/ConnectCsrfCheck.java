package org.hedgerow.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * CSRF on CONNECT, as for REST writes: the handshake remembers the session's token (the {@code XSRF-TOKEN}
 * cookie, which only pages of this site can read) and the CONNECT frame must repeat it in its
 * {@code X-XSRF-TOKEN} header. A page on another site can open a socket with the user's cookies but cannot
 * read the token, so its CONNECT is refused with an ERROR frame.
 */
class ConnectCsrfCheck implements ChannelInterceptor {

    static final String HEADER = "X-XSRF-TOKEN";
    private static final String TOKEN = ConnectCsrfCheck.class.getName() + ".token";

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        var stomp = StompHeaderAccessor.wrap(message);
        if (stomp.getCommand() != StompCommand.CONNECT && stomp.getCommand() != StompCommand.STOMP) {
            return message;
        }
        Map<String, Object> attributes = stomp.getSessionAttributes();
        var expected = attributes == null ? null : (String) attributes.get(TOKEN);
        var given = stomp.getFirstNativeHeader(HEADER);
        if (expected == null || given == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw new MessageDeliveryException(message, "CONNECT needs the " + HEADER
                    + " header with the value of the XSRF-TOKEN cookie (GET /api/session sets it)");
        }
        return message;
    }

    /** Keeps the session's CSRF token from the handshake request for the CONNECT that follows. */
    record Capture(CsrfTokenRepository tokens) implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                       WebSocketHandler handler, Map<String, Object> attributes) {
            if (request instanceof ServletServerHttpRequest servlet) {
                HttpServletRequest http = servlet.getServletRequest();
                var token = tokens.loadToken(http);
                if (token != null) {
                    attributes.put(TOKEN, token.getToken());
                }
            }
            return true;
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Exception exception) {
        }
    }
}
