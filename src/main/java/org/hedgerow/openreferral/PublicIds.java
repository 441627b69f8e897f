package org.hedgerow.openreferral;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.UUID;

/**
 * The feed's ids. ORUK wants UUIDs that stay the same for the life of a record, and Hedgerow's own ids are not all
 * UUIDs (the demo's and the synthetic network's are readable names such as {@code act-friday-friendship-walk}). Each
 * feed id is therefore a name-based UUID (version 5, RFC 9562) of the node's own id under a fixed namespace: the
 * same listing always gets the same UUID, on every instance, after a restart and after the store is rebuilt from the
 * same data, without the feed writing anything (it only reads other modules' nodes) and without a stored mapping
 * that could drift from the listings. The kind is part of the name, so a service and its service_at_location never
 * share an id. A v5 UUID cannot be turned back into the id it came from: {@link FeedIndex} answers that.
 */
enum PublicIds {
    SERVICE("service"), SERVICE_AT_LOCATION("service_at_location"), ORGANIZATION("organization"), LOCATION("location"),
    ADDRESS("address"), ACCESSIBILITY("accessibility"), SCHEDULE("schedule"), COST_OPTION("cost_option"),
    ATTRIBUTE("attribute"), TAXONOMY("taxonomy"), CATEGORY("taxonomy_term:category"), NEED("taxonomy_term:need");

    /** Hedgerow's namespace for its ORUK ids. Never change it: every published id would change with it. */
    static final UUID NAMESPACE = UUID.fromString("8f3b6a1e-2c4d-4e5f-9a7b-1d2e3f4a5b6c");

    private final String kind;

    PublicIds(String kind) {
        this.kind = kind;
    }

    /** The feed id of the thing of this kind whose own id (or code, or parts joined by ':') is {@code id}. */
    String of(String id) {
        return nameBased(NAMESPACE, kind + ":" + id).toString();
    }

    /** The UUID in its canonical form when {@code text} is one (any case), else empty. */
    static Optional<UUID> parse(String text) {
        try {
            var uuid = UUID.fromString(text.strip());
            return uuid.toString().equalsIgnoreCase(text.strip()) ? Optional.of(uuid) : Optional.empty();
        }
        catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    /** RFC 9562's name-based UUID with SHA-1 (version 5). */
    static UUID nameBased(UUID namespaceId, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-1", ex);
        }
        var namespace = ByteBuffer.allocate(16).putLong(namespaceId.getMostSignificantBits())
                .putLong(namespaceId.getLeastSignificantBits()).array();
        sha1.update(namespace);
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        var bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
