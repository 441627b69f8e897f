package org.hedgerow.imports;

import java.util.Map;

import org.hedgerow.core.ProblemDetails;
import org.hedgerow.core.ProblemException;

/**
 * A feed that cannot be imported: a host not allowed, a feed that is down, too slow, not ORUK or not JSON. Answered
 * as a 400 naming the field at fault ({@code url} or {@code content}) with a problem type per kind, so a person can
 * tell "ask an admin to allow this host" from "the council's feed is down".
 */
class FeedProblem extends ProblemException {

    enum Kind {
        HOST_NOT_ALLOWED("feed-host-not-allowed", "Feed host not allowed"),
        UNREACHABLE("feed-unreachable", "Feed unreachable"),
        TIMEOUT("feed-timeout", "Feed too slow"),
        NOT_ORUK("feed-not-oruk", "Not an Open Referral UK feed"),
        MALFORMED("feed-malformed", "Feed not readable");

        final String type;
        final String title;

        Kind(String type, String title) {
            this.type = type;
            this.title = title;
        }
    }

    private final Kind kind;

    FeedProblem(Kind kind, String field, String detail) {
        super(problem(kind, field, detail));
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    private static org.springframework.http.ProblemDetail problem(Kind kind, String field, String detail) {
        var problem = ProblemDetails.invalid(detail, Map.of(field, detail));
        problem.setType(ProblemDetails.type(kind.type));
        problem.setTitle(kind.title);
        return problem;
    }
}
