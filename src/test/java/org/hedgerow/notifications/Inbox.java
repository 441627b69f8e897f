package org.hedgerow.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the test SMTP server received, read once: every mail the tests look at comes through {@link #take()}, which
 * first checks that it carries none of the personal referral data in the graph (participants' references and
 * contacts, referrals' reasons) nor the fixtures' own.
 */
final class Inbox {

    /** The fixtures' personal data, looked for even if a test removed it from the graph. */
    static final List<String> FIXTURE_PERSONAL = List.of("BEL-0", "07700", "900123", "bereaved", "prefers mornings",
            "keen on walking", "Would enjoy company");

    /** One mail as received: its decoded text and HTML parts and the headers the tests look at. */
    record Received(String to, String subject, String text, String html, String messageId, String listUnsubscribe,
                    String listUnsubscribePost) {
    }

    private final Supplier<List<String>> personalData;

    Inbox(Supplier<List<String>> personalData) {
        this.personalData = personalData;
    }

    /** Everything received since the last take, each checked for personal data; the server is emptied. */
    List<Received> take() throws Exception {
        var server = TestSmtp.running();
        var messages = server.getReceivedMessages();
        server.purgeEmailFromAllMailboxes();
        var forbidden = new ArrayList<>(FIXTURE_PERSONAL);
        personalData.get().stream().filter(value -> value != null && value.length() >= 4).forEach(forbidden::add);
        var received = new ArrayList<Received>();
        for (var message : messages) {
            var mail = read(message);
            for (var personal : forbidden) {
                assertThat(mail.subject() + "\n" + mail.text() + "\n" + mail.html())
                        .as("a mail must carry no participant reference, contact or reason")
                        .doesNotContainIgnoringCase(personal);
            }
            received.add(mail);
        }
        return received;
    }

    private static Received read(MimeMessage message) throws Exception {
        var text = new StringBuilder();
        var html = new StringBuilder();
        parts(message, text, html);
        return new Received(((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress(),
                message.getSubject(), text.toString(), html.toString(), message.getMessageID(),
                header(message, "List-Unsubscribe"), header(message, "List-Unsubscribe-Post"));
    }

    private static String header(MimeMessage message, String name) throws Exception {
        var values = message.getHeader(name);
        return values == null ? "" : values[0];
    }

    private static void parts(Part part, StringBuilder text, StringBuilder html) throws Exception {
        if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                parts(multipart.getBodyPart(i), text, html);
            }
        }
    }
}
