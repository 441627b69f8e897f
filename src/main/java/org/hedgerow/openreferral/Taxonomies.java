package org.hedgerow.openreferral;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Hedgerow's two published taxonomies, one per vocabulary: the categories of activity and the needs they support.
 * Their terms are the vocabulary's own (code and name), so a feed reader files a service exactly as the directory does.
 */
final class Taxonomies {

    static final String VERSION = "1";
    static final String CATEGORIES_ID = PublicIds.TAXONOMY.of(ServiceFilter.CATEGORIES);
    static final String NEEDS_ID = PublicIds.TAXONOMY.of(ServiceFilter.NEEDS);
    static final String CATEGORIES_NAME = "Hedgerow activity categories";
    static final String NEEDS_NAME = "Hedgerow needs";

    private Taxonomies() {
    }

    /** The vocabulary ({@link ServiceFilter#CATEGORIES} or {@link ServiceFilter#NEEDS}) a taxonomy id is, if any. */
    static Optional<String> vocabularyOf(String taxonomyId) {
        if (taxonomyId.equals(CATEGORIES_ID)) {
            return Optional.of(ServiceFilter.CATEGORIES);
        }
        return taxonomyId.equals(NEEDS_ID) ? Optional.of(ServiceFilter.NEEDS) : Optional.empty();
    }

    static Taxonomy taxonomy(String vocabulary, @Nullable List<TaxonomyTerm> terms) {
        return vocabulary.equals(ServiceFilter.CATEGORIES)
                ? new Taxonomy(CATEGORIES_ID, CATEGORIES_NAME, "The kinds of activity in a Hedgerow directory: "
                        + "walking, gardening, music, social and others; 'green' ones take place in nature.",
                        VERSION, terms)
                : new Taxonomy(NEEDS_ID, NEEDS_NAME, "The needs a Hedgerow activity supports, as link workers name "
                        + "them when they refer someone: loneliness, stress, inactivity, debt and others.",
                        VERSION, terms);
    }

    /** A category or need as a term; a green category says so in its description. */
    static TaxonomyTerm term(String vocabulary, String code, @Nullable String name, @Nullable Boolean green) {
        boolean category = vocabulary.equals(ServiceFilter.CATEGORIES);
        String shown = name == null || name.isBlank() ? code : name;
        String description = category
                ? shown + (Boolean.TRUE.equals(green) ? ": a green activity, in nature" : ": a kind of activity")
                : shown + ": a need the activity supports";
        return new TaxonomyTerm((category ? PublicIds.CATEGORY : PublicIds.NEED).of(code), shown, description,
                category ? CATEGORIES_NAME : NEEDS_NAME, category ? CATEGORIES_ID : NEEDS_ID, code);
    }
}
