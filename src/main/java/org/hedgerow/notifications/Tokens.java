package org.hedgerow.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.hedgerow.core.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring links in mails that work without signing in: "unsubscribe" (turn these kinds off for this
 * account) and "still right" (confirm this listing as this account). HMAC-SHA256 from the JDK over what the link
 * may do, for whom, and until when; checked in constant time. A link that was changed, has expired or is of
 * the wrong purpose is refused and changes nothing.
 */
@Component
class Tokens {

    private static final Logger log = LoggerFactory.getLogger(Tokens.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    enum Purpose { UNSUBSCRIBE, STILL_RIGHT }

    /** What a link allows: {@code subjects} are the kinds to turn off, or the activity to confirm. */
    record Grant(Purpose purpose, String accountId, List<String> subjects, Instant expires) {
    }

    private final SecretKeySpec key;
    private final NotificationsProperties properties;
    private final Clock clock;

    Tokens(NotificationsProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        var configured = properties.signingKey();
        byte[] secret;
        if (configured == null || configured.isBlank()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            log.warn("hedgerow.notifications.signing-key is not set: links in mails stop working when Hedgerow restarts");
        } else if (configured.length() < 32) {
            throw new IllegalStateException("hedgerow.notifications.signing-key must be at least 32 characters");
        } else {
            secret = configured.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    String sign(Purpose purpose, String accountId, List<String> subjects) {
        var expires = clock.instant().plus(properties.linksValidFor()).getEpochSecond();
        var payload = String.join("|", purpose.name(), accountId, String.join(",", subjects), Long.toString(expires));
        var body = ENCODE.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + ENCODE.encodeToString(mac(body));
    }

    /** The grant a token carries, or a 400 problem on {@code token} saying why it is refused. */
    Grant check(String token, Purpose purpose) {
        var dot = token.indexOf('.');
        if (dot <= 0) {
            throw refused("is not a link Hedgerow made");
        }
        var body = token.substring(0, dot);
        byte[] given;
        String[] parts;
        try {
            given = DECODE.decode(token.substring(dot + 1));
            parts = new String(DECODE.decode(body), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException notBase64) {
            throw refused("is not a link Hedgerow made");
        }
        if (!MessageDigest.isEqual(mac(body), given) || parts.length != 4) {
            throw refused("has been changed, or is not a link Hedgerow made");
        }
        if (!parts[0].equals(purpose.name())) {
            throw refused("is for something else");
        }
        var expires = Instant.ofEpochSecond(Long.parseLong(parts[3]));
        if (!clock.instant().isBefore(expires)) {
            throw refused("has expired: sign in to Hedgerow and change your notification settings there");
        }
        var subjects = parts[2].isEmpty() ? List.<String>of() : List.of(parts[2].split(","));
        return new Grant(purpose, parts[1], subjects, expires);
    }

    private byte[] mac(String body) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HMAC-SHA256 is not available", missing);
        }
    }

    private static InvalidRequestException refused(String why) {
        return new InvalidRequestException("token", "This link " + why + ".");
    }
}
