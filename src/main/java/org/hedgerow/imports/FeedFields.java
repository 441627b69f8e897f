package org.hedgerow.imports;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Reads one record's fields as the ORUK schema types them, and keeps what is wrong with the record: a reason to
 * refuse it (a required field missing, a wrong type, an address that is not one) or a warning it is listed with.
 */
final class FeedFields {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final List<String> reasons = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    void reason(String reason) {
        reasons.add(reason);
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    List<String> reasons() {
        return List.copyOf(reasons);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    boolean refused() {
        return !reasons.isEmpty();
    }

    @Nullable String text(JsonNode node, String field, String where, boolean required) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                reason(where + "." + field + " is missing");
            }
            return null;
        }
        if (!value.isString()) {
            reason(where + "." + field + " must be text, not " + value.getNodeType().name().toLowerCase(Locale.ROOT));
            return null;
        }
        if (required && value.stringValue().isBlank()) {
            reason(where + "." + field + " is empty");
            return null;
        }
        return value.stringValue();
    }

    @Nullable Double number(JsonNode node, String field, String where) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            reason(where + "." + field + " must be a number");
            return null;
        }
        return value.doubleValue();
    }

    @Nullable String web(JsonNode node, String field, String where) {
        var value = text(node, field, where, false);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            var uri = new URI(value.strip());
            if (uri.getScheme() != null && uri.getScheme().matches("(?i)https?") && uri.getHost() != null) {
                return value.strip().length() <= 300 ? value.strip() : null;
            }
        } catch (java.net.URISyntaxException notAUri) {
            // reported below
        }
        reason(where + "." + field + " \"" + value + "\" is not a web address (http:// or https://)");
        return null;
    }

    @Nullable String email(JsonNode node, String field, String where) {
        var value = text(node, field, where, false);
        if (value != null && !EMAIL.matcher(value.strip()).matches()) {
            reason(where + "." + field + " \"" + value + "\" is not an e-mail address");
            return null;
        }
        return value == null ? null : value.strip();
    }

    /** Text cut to what Hedgerow keeps, with a warning when it had to be cut. */
    @Nullable String fit(@Nullable String text, int max, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() <= max) {
            return text;
        }
        warn(what + " is longer than " + max + " characters: shortened");
        return text.substring(0, max - 1) + "…";
    }

}
