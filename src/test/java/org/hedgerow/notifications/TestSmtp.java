package org.hedgerow.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.hedgerow.LocalProcess;

/**
 * One real SMTP server (GreenMail) per test JVM, on a port chosen once so that the app's {@code spring.mail.port}
 * stays right when a test stops the server and starts it again ("the SMTP server is down").
 */
final class TestSmtp {

    private static final int PORT = LocalProcess.freePort();
    private static GreenMail server;

    private TestSmtp() {
    }

    static int port() {
        return PORT;
    }

    /** The server, started if it was not running. */
    static synchronized GreenMail running() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** Stops the server: connections are refused until {@link #running()} starts a new one on the same port. */
    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
