package org.hedgerow.live;

import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.hedgerow.accounts.HeldSignIns;
import org.hedgerow.accounts.SignedInUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A recheck of the open sockets' sign-ins that the graph does not answer closes nothing, and is not silent: the first
 * one left unanswered is a warning, the ones after it while the graph stays silent are not repeated, and the first
 * answered again says so.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInRecheckTests {

    private static final String UNANSWERED = "Could not check the sign-ins of the open sockets (";
    private static final String ANSWERED_AGAIN = "The sign-ins of the open sockets are checked again";

    @Test
    void aLastingFailureIsWarnedOfOnceAndItsEndIsTold(CapturedOutput output) throws Exception {
        var signIns = mock(HeldSignIns.class);
        var sockets = new SocketsOfSessions(signIns);
        var socket = openSocketOf(sockets, "a-lee");
        when(signIns.ended(any())).thenThrow(new ServiceUnavailableException("Connection refused"));

        sockets.closeEndedSignIns();
        sockets.closeEndedSignIns();
        sockets.closeEndedSignIns();
        assertThat(occurrences(output.getOut(), UNANSWERED)).as("warned once while the graph gives no answer")
                .isEqualTo(1);
        assertThat(output.getOut()).contains("WARN").contains("Connection refused").doesNotContain(ANSWERED_AGAIN);
        verify(socket, never()).close(any());

        reset(signIns);
        when(signIns.ended(any())).thenReturn(Set.of());
        sockets.closeEndedSignIns();
        sockets.closeEndedSignIns();
        assertThat(occurrences(output.getOut(), ANSWERED_AGAIN)).isEqualTo(1);
        verify(socket, never()).close(any());

        // a second failure after it answered is warned of again
        when(signIns.ended(any())).thenThrow(new ServiceUnavailableException("Connection refused"));
        sockets.closeEndedSignIns();
        assertThat(occurrences(output.getOut(), UNANSWERED)).isEqualTo(2);
    }

    /** A socket opened by a signed-in account, as the handshake leaves it, registered with {@code sockets}. */
    private static WebSocketSession openSocketOf(SocketsOfSessions sockets, String accountId) throws Exception {
        var user = mock(SignedInUser.class);
        when(user.accountId()).thenReturn(accountId);
        var socket = mock(WebSocketSession.class);
        var attributes = new HashMap<String, Object>();
        attributes.put(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME, "http-session-1");
        when(socket.getAttributes()).thenReturn(attributes);
        when(socket.getPrincipal()).thenReturn(new UsernamePasswordAuthenticationToken(user, null, List.of()));
        when(socket.isOpen()).thenReturn(true);
        when(socket.getId()).thenReturn("socket-1");
        sockets.decorate(mock(WebSocketHandler.class)).afterConnectionEstablished(socket);
        return socket;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
