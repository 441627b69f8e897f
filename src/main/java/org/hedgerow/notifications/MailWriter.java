package org.hedgerow.notifications;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a claimed mail: plain text and HTML from the templates in {@code mail/}, the words from {@link Wording},
 * a Message-ID made from the mail's id (the same on every try, so a mail sent twice after a crash is one message to
 * the receiving side), and a one-click unsubscribe (RFC 8058) for exactly the kinds it tells of.
 */
@Component
class MailWriter {

    private final TemplateEngine templates = new TemplateEngine();
    private final NotificationCentre centre;
    private final Tokens tokens;
    private final NotificationsProperties properties;
    private final String site;

    MailWriter(NotificationCentre centre, Tokens tokens, NotificationsProperties properties) {
        this.centre = centre;
        this.tokens = tokens;
        this.properties = properties;
        this.site = properties.siteUrl().replaceAll("/+$", "");
        templates.addTemplateResolver(resolver(".html", TemplateMode.HTML, 1));
        templates.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 2));
    }

    private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
        return resolver;
    }

    /** One thing a mail tells, with its links made absolute. */
    record Item(String title, String text, String link, @Nullable String stillRightLink) {
    }

    /** The message's Message-ID: the same for every try of the same mail. */
    String messageId(String mailId) {
        return "<" + mailId + "@" + host() + ">";
    }

    MimeMessage write(MailOutbox.Claimed mail, Session session) throws MessagingException {
        var items = new ArrayList<Item>();
        var kinds = new ArrayList<String>();
        for (var row : mail.items()) {
            var view = centre.view(row);
            String stillRight = null;
            if (row.kind() == NotificationKind.LISTING_REMINDER && row.activityId() != null) {
                stillRight = site + "/still-right?token="
                        + tokens.sign(Tokens.Purpose.STILL_RIGHT, mail.accountId(), List.of(row.activityId()));
            }
            items.add(new Item(view.title(), view.text(), site + view.link(), stillRight));
            if (!kinds.contains(row.kind().name())) {
                kinds.add(row.kind().name());
            }
        }
        var token = tokens.sign(Tokens.Purpose.UNSUBSCRIBE, mail.accountId(), kinds);
        var context = new Context(Locale.UK);
        context.setVariable("name", mail.name() == null ? "there" : mail.name());
        context.setVariable("items", items);
        context.setVariable("digest", mail.digest());
        context.setVariable("site", site);
        context.setVariable("settingsLink", site + "/notifications");
        context.setVariable("unsubscribeLink", site + "/unsubscribe?token=" + token);
        context.setVariable("digestHour", properties.digestHour());
        var subject = mail.digest() || items.size() != 1
                ? "Hedgerow: " + items.size() + " things since your last digest" : items.getFirst().title();
        context.setVariable("subject", subject);

        var message = new MimeMessage(session);
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(mail.address());
        helper.setSubject(subject);
        helper.setText(templates.process("notification.txt", context), templates.process("notification.html", context));
        message.setHeader("Message-ID", messageId(mail.id()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("List-Unsubscribe", "<" + site + "/api/notifications/unsubscribe?token=" + token + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return message;
    }

    private String host() {
        var host = URI.create(site).getHost();
        return host == null ? "hedgerow.local" : host;
    }
}
