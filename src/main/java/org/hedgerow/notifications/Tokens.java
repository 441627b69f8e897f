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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring links in mails that work without signing in: "unsubscribe" (turn these kinds off for this
 * account) and "still right" (confirm this listing as this account). HMAC-SHA256 from the JDK over what the link
 * may do, for whom, and until when; checked in constant time. A link that was changed, has expired or is of
 * the wrong purpose is refused and changes nothing.
 * <p>
 * The key is {@code hedgerow.notifications.signing-key} when set; otherwise one made at random the first time it is
 * needed and kept in the graph ({@code MailSigningKey}), so that links in mails sent before a restart keep working
 * and every instance sharing the graph signs and checks alike. Whoever can read it could read the graph anyway.
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

    /** The graph's own key: made once by whichever instance needs it first (the constraint keeps it one). */
    private static final String KEPT_KEY = """
            MERGE (k:MailSigningKey {name: 'links'})
              ON CREATE SET k.secret = $random
            RETURN k.secret AS secret
            """;

    private final NotificationsProperties properties;
    private final Clock clock;
    private final Neo4jClient neo4j;
    private final @Nullable SecretKeySpec configuredKey;
    private volatile @Nullable SecretKeySpec keptKey;

    Tokens(NotificationsProperties properties, Clock clock, Neo4jClient neo4j) {
        this.properties = properties;
        this.clock = clock;
        this.neo4j = neo4j;
        var configured = properties.signingKey();
        if (configured == null || configured.isBlank()) {
            this.configuredKey = null;
        } else if (configured.length() < 32) {
            throw new IllegalStateException("hedgerow.notifications.signing-key must be at least 32 characters");
        } else {
            this.configuredKey = new SecretKeySpec(configured.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        }
    }

    private SecretKeySpec key() {
        if (configuredKey != null) {
            return configuredKey;
        }
        var kept = keptKey;
        if (kept == null) {
            var random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = neo4j.query(KEPT_KEY).bind(ENCODE.encodeToString(random)).to("random")
                    .fetchAs(String.class).one().orElseThrow();
            kept = new SecretKeySpec(DECODE.decode(secret), ALGORITHM);
            keptKey = kept;
            log.info("Links in mails are signed with the graph's own key (hedgerow.notifications.signing-key not set)");
        }
        return kept;
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
            mac.init(key());
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HMAC-SHA256 is not available", missing);
        }
    }

    private static InvalidRequestException refused(String why) {
        return new InvalidRequestException("token", "This link " + why + ".");
    }
}
