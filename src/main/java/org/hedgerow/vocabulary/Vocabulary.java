package org.hedgerow.vocabulary;

import org.hedgerow.core.ConflictException;
import org.hedgerow.core.EditOutcome;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.ListingStatus;
import org.hedgerow.core.MayChange;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.hedgerow.core.Rows;
import org.hedgerow.core.Showing;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's shared vocabulary, categories and needs, looked after by admins. Archived terms stay on the
 * activities that use them but are no longer offered.
 */
@Component
class Vocabulary {

    /** Which list of terms; the label is one of these two, never anything a caller typed. */
    enum Kind {
        CATEGORY("Category", "category"), NEED("Need", "need");

        final String label;
        final String word;

        Kind(String label, String word) {
            this.label = label;
            this.word = word;
        }
    }

    /** Its keys are {@link TermView}'s components. */
    private static final String PROJECTION =
            "t {.code, .name, .green, status: coalesce(t.status, 'ACTIVE'), version: coalesce(t.version, 0)}";

    private static final String LIST = """
            MATCH (t:$($label))
            WHERE $showing = 'ALL' OR coalesce(t.status, 'ACTIVE') = $showing
            WITH t ORDER BY t.name, t.code
            WITH collect(t) AS matched
            RETURN size(matched) AS total, [t IN matched[$skip..$skip + $size] | %s] AS items
            """.formatted(PROJECTION);

    private static final String ONE = """
            MATCH (t:$($label) {code: $code})
            RETURN %s AS item
            """.formatted(PROJECTION);

    private static final String CREATE = """
            %s
            WITH %s AS mayCreate, EXISTS { (:$($label) {code: $code}) } AS codeTaken
            CALL (mayCreate, codeTaken) {
                WITH * WHERE mayCreate AND NOT codeTaken
                CREATE (t:$($label) {code: $code, name: $name, status: 'ACTIVE', version: 0})
                SET t.green = CASE WHEN $label = 'Category' THEN coalesce($green, false) END
                RETURN count(*) AS created
            }
            RETURN mayCreate, codeTaken
            """.formatted(MayChange.ACCOUNT, MayChange.VOCABULARY);

    private static final String CHANGE = """
            OPTIONAL MATCH (t:$($label) {code: $code})
            %s
            WITH t, t IS NOT NULL AND %s AS mayEdit
            CALL (t, mayEdit) {
                WITH t WHERE mayEdit
                SET t._lock = true
                REMOVE t._lock
                WITH t WHERE coalesce(t.version, 0) = $version
                SET t.name = coalesce($name, t.name),
                    t.green = CASE WHEN $label = 'Category' THEN coalesce($green, t.green) END,
                    t.status = coalesce($status, t.status, 'ACTIVE'),
                    t.version = coalesce(t.version, 0) + 1
                RETURN count(*) AS changed
            }
            RETURN t IS NOT NULL AS exists, mayEdit, changed > 0 AS changed
            """.formatted(MayChange.ACCOUNT, MayChange.VOCABULARY);

    /** What the statement that adds a term found. */
    record Created(boolean mayCreate, boolean codeTaken) {
    }

    private final Neo4jClient neo4j;

    Vocabulary(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Paged<TermView> list(Kind kind, Showing showing, PageRequest page) {
        return Rows.page(neo4j.query(LIST).bind(kind.label).to("label").bind(showing.name()).to("showing"),
                page, TermView.class);
    }

    TermView get(Kind kind, String code) {
        return Rows.fetch(neo4j.query(ONE).bind(kind.label).to("label").bind(code).to("code"), "item", TermView.class)
                .one().orElseThrow(() -> new NotFoundException("There is no " + kind.word + " " + code + "."));
    }

    @Transactional
    TermView create(Kind kind, String accountId, NewTerm term) {
        if (kind == Kind.NEED && term.green() != null) {
            throw new InvalidRequestException("green", "is only for categories");
        }
        var created = Rows.fetch(neo4j.query(CREATE).bind(kind.label).to("label").bind(accountId).to("accountId")
                .bind(term.code()).to("code").bind(term.name()).to("name").bind(term.green()).to("green"),
                Created.class).one().orElseThrow();
        if (!created.mayCreate()) {
            throw new ForbiddenException("Only admins may add to the network's categories and needs.");
        }
        if (created.codeTaken()) {
            throw new ConflictException("There is already a " + kind.word + " with the code " + term.code() + ".");
        }
        return get(kind, term.code());
    }

    @Transactional
    TermView change(Kind kind, String code, String accountId, TermChanges changes, ListingStatus status) {
        if (kind == Kind.NEED && changes.green() != null) {
            throw new InvalidRequestException("green", "is only for categories");
        }
        var outcome = Rows.fetch(neo4j.query(CHANGE).bind(kind.label).to("label").bind(code).to("code")
                .bind(accountId).to("accountId").bind(changes.version()).to("version").bind(changes.name()).to("name")
                .bind(changes.green()).to("green").bind(status == null ? null : status.name()).to("status"),
                EditOutcome.class).one().orElseThrow();
        outcome.orThrow(kind.word, code, changes.version(), "Only admins may change the network's categories and needs.");
        return get(kind, code);
    }
}
