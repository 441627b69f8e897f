package org.hedgerow.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.hedgerow.activities.Cost;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * An ORUK service's {@code cost_options} as Hedgerow's cost (free, reduced, fee) and its note: amounts written out,
 * and where there is no amount the option's own words. None given is listed as free, with a warning.
 */
final class FeedCosts {

    /** Words in a cost option that mean a reduced price, or none at all. */
    private static final Pattern REDUCED =
            Pattern.compile("reduced|concession|discount|pay what you can|donation|subsidi");
    private static final Pattern FREE = Pattern.compile("\\bfree\\b|no charge|no cost");
    /** Option labels that say only the kind of cost, which the listing's cost already says. */
    private static final Set<String> PLAIN = Set.of("free", "fee", "reduced cost", "reduced");

    private FeedCosts() {
    }

    record Price(Cost cost, @Nullable String note) {
    }

    static Price read(@Nullable JsonNode options, FeedFields fields) {
        if (options == null || options.isNull() || options.isArray() && options.isEmpty()) {
            fields.warn("no cost_options: listed as free, check");
            return new Price(Cost.FREE, null);
        }
        if (!options.isArray()) {
            fields.reason("cost_options must be a list");
            return new Price(Cost.FREE, null);
        }
        var notes = new ArrayList<String>();
        boolean fee = false;
        boolean reduced = false;
        for (var option : options) {
            var amount = fields.number(option, "amount", "cost_option");
            var label = fields.text(option, "option", "cost_option", false);
            var per = fields.text(option, "amount_description", "cost_option", false);
            if (amount != null && amount > 0) {
                fee = true;
                notes.add("£" + BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString()
                        + (per == null ? "" : " " + per.strip()) + (label == null ? "" : " (" + label.strip() + ")"));
                continue;
            }
            // No amount: the option's words say what it costs (Hedgerow's own feed says "Fee" or "Reduced cost" and
            // puts the organiser's note in amount_description, as it has no amounts).
            var words = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
            if (REDUCED.matcher(words).find()) {
                reduced = true;
            } else if (amount == null && !words.isEmpty() && !FREE.matcher(words).find()) {
                fee = true;
            }
            if (per != null && !per.isBlank()) {
                notes.add(per.strip());
            } else if (label != null && !PLAIN.contains(words)) {
                notes.add(label.strip());
            }
        }
        var cost = fee ? Cost.FEE : reduced ? Cost.REDUCED : Cost.FREE;
        return new Price(cost, notes.isEmpty() ? null : fields.fit(String.join("; ", notes), 200, "cost note"));
    }

}
