package org.hedgerow.core;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Where something active is put (a group based, a venue sited, a locality added within another) must be a locality we
 * know and still use: archiving a locality is refused while anything active is in it, so nothing active may be put in
 * an archived one either, nor be restored there. Read in the caller's transaction, before its write.
 */
public final class LocalityInUse {

    private static final String STATUS = """
            OPTIONAL MATCH (l:Locality {code: $code})
            RETURN CASE WHEN l IS NULL THEN 'UNKNOWN' ELSE coalesce(l.status, 'ACTIVE') END""";

    private LocalityInUse() {
    }

    /** A 400 naming {@code field} unless {@code code} is a locality in use. */
    public static void require(Neo4jClient neo4j, String field, String code) {
        var status = status(neo4j, code);
        if (status.equals("UNKNOWN")) {
            throw new InvalidRequestException(field, "is not a locality we know: " + code);
        }
        if (status.equals(ListingStatus.ARCHIVED.name())) {
            throw new InvalidRequestException(field, "is archived: choose a locality in use, or restore it first");
        }
    }

    /**
     * A 409 when {@code thing}, about to be restored, lies in the archived locality {@code code}: restore that first,
     * or move it (nothing when it lies in none).
     */
    public static void requireToRestore(Neo4jClient neo4j, String thing, @Nullable String code) {
        if (code != null && status(neo4j, code).equals(ListingStatus.ARCHIVED.name())) {
            throw new ConflictException(thing + " lies in " + code + ", which is archived: restore " + code
                    + " first, or move it elsewhere.");
        }
    }

    private static String status(Neo4jClient neo4j, String code) {
        return neo4j.query(STATUS).bind(code).to("code").fetchAs(String.class).one().orElseThrow();
    }
}
