package org.hedgerow.live;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.hedgerow.audit.AuditKind;
import org.hedgerow.audit.AuditTrail;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * The ERROR frame for a frame {@link SubscriptionRules} refused, saying what to do about it (Spring Security's
 * own is "Access Denied"). A refused SUBSCRIBE or SEND is answered a moment later through the outbound channel:
 * a client subscribes as soon as CONNECTED arrives, while the thread that sent CONNECTED may still hold the
 * session's send lock; an ERROR sent then is only queued, and the close that follows it discards the queue, so
 * the client would see a bare disconnect (seen in tests). A refused CONNECT is answered at once: nothing was
 * sent to that client yet.
 */
class Refusals extends StompSubProtocolErrorHandler {

    private static final Executor ERROR_DELAY = CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS);

    private final Supplier<MessageChannel> toClients;
    private final Supplier<AuditTrail> audit;

    Refusals(Supplier<MessageChannel> toClients, Supplier<AuditTrail> audit) {
        this.toClients = toClients;
        this.audit = audit;
    }

    @Override
    public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable failure) {
        if (clientMessage == null || !(NestedExceptionUtils.getRootCause(failure) instanceof AccessDeniedException)) {
            return super.handleClientMessageProcessingError(clientMessage, failure);
        }
        var frame = StompHeaderAccessor.wrap(clientMessage);
        var why = switch (frame.getCommand()) {
            case CONNECT, STOMP -> "CONNECT needs the X-XSRF-TOKEN header with the value of the XSRF-TOKEN cookie "
                    + "(GET /api/session sets it)";
            case SEND -> "This server does not take messages; use the REST API";
            case null, default -> "You may not subscribe to " + frame.getDestination();
        };
        var error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage(why);
        error.setSessionId(frame.getSessionId());
        if (frame.getReceipt() != null) {
            error.setReceiptId(frame.getReceipt());
        }
        error.setLeaveMutable(true);
        var answer = MessageBuilder.createMessage(why.getBytes(StandardCharsets.UTF_8), error.getMessageHeaders());
        if (frame.getCommand() == StompCommand.CONNECT || frame.getCommand() == StompCommand.STOMP) {
            // a socket opened without the page's CSRF token: another site's page riding the person's cookie
            var user = frame.getUser();
            audit.get().recordAs(user == null ? "anonymous" : user.getName(), null, AuditKind.LIVE_REFUSED, "Socket",
                    null, "CONNECT without a valid CSRF token");
            return answer;
        }
        ERROR_DELAY.execute(() -> toClients.get().send(answer));
        return null;
    }
}
