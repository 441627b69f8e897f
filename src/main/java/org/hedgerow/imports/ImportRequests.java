package org.hedgerow.imports;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a facilitator or admin sends to import a feed, and to steer an import. */
final class ImportRequests {

    private ImportRequests() {
    }

    /**
     * A feed to import by URL: its base (the address that answers {@code /} and {@code /services}).
     *
     * @param locality the code of the locality its listings go into (a facilitator's own place, or within it)
     * @param name     what to call the source on imported listings; the host when left out
     */
    @Schema(example = "{\"url\": \"https://feeds.example.org/openreferral\", \"locality\": \"BELPER\", \"name\": \"Derbyshire directory\"}")
    record UrlImport(@NotBlank @Size(max = 500) String url, @NotBlank String locality,
                     @Size(max = 120) @Nullable String name) {
    }

    /**
     * An uploaded feed file: one service, a page of services ({@code contents}) or a list of services, as JSON text.
     *
     * @param name what to call the source on imported listings; importing a file of the same name again updates them
     */
    @Schema(example = "{\"name\": \"bristol-services.json\", \"locality\": \"BELPER\", \"content\": \"{\\\"id\\\": \\\"...\\\"}\"}")
    record FileImport(@NotBlank @Size(max = 120) String name, @NotBlank String locality, @NotBlank String content) {
    }

    /** Which side wins a record's conflicts when it is applied: the feed's values, or Hedgerow's as they are. */
    record Resolve(@NotNull ListingWriter.Resolution resolution) {
    }

    /**
     * What a feed's taxonomy term stands for in Hedgerow.
     *
     * @param key  the term's key in the mapping table
     * @param code the category or need code (not for IGNORE)
     */
    @Schema(example = "{\"key\": \"Activities|walking\", \"target\": \"CATEGORY\", \"code\": \"WALKING\"}")
    record MapTerm(@NotBlank String key, @NotNull TermMappings.Target target, @Nullable String code) {
    }

    /** An organiser's claim on an imported group (or the group of an imported activity). */
    record NewClaim(@NotBlank String listing, @Size(max = 500) @Nullable String note) {
    }

    /**
     * A host feeds may be fetched from, e.g. {@code feeds.example.org} or, for a feed inside, {@code 10.0.0.5}: the
     * host alone, as it is compared with a feed URL's host.
     */
    record AllowHost(@NotBlank @Size(max = 253) @Pattern(regexp = HOST, message = "must be a host name such as "
            + "feeds.example.org or an IP address, without http:// or a path") String host) {
    }

    /**
     * A DNS name (labels of letters, digits and inner hyphens), an IPv4 address, or an IPv6 one (bracketed or not:
     * two colons at least, so a name with a port is not taken for one), with spaces around it allowed (stripped).
     */
    static final String HOST = "\\s*(\\[[0-9A-Fa-f:.]+\\]|[0-9A-Fa-f]*:[0-9A-Fa-f]*:[0-9A-Fa-f:.]*"
            + "|[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)\\s*";
}
