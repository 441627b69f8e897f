package org.hedgerow.network;

import org.hedgerow.core.MayRefuse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hedgerow.accounts.Role;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NetworkGraphController {

    private final NetworkGraphQuery query;

    NetworkGraphController(NetworkGraphQuery query) {
        this.query = query;
    }

    /**
     * The network of a place (default: the facilitator's own; for admins the top of the tree) for a graph view.
     * {@code category}: only groups and activities in it; {@code link}: which kinds of link (repeat, or separate
     * with commas; default all); {@code focus} and {@code depth}: one node and what lies within one or two links of it.
     */
    @GetMapping("/api/network/graph")
    @MayRefuse(404)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    NetworkGraph graph(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String locality,
                       @RequestParam(required = false) String category,
                       @RequestParam(required = false) @Parameter(description = "Which kinds of link (any case; repeat "
                               + "or separate by commas); by default all",
                               array = @ArraySchema(schema = @Schema(implementation = LinkKind.class))) List<String> link,
                       @RequestParam(required = false) @Parameter(description = "Focus mode: only this node and its "
                               + "neighbourhood (measures stay those of the whole map); unknown on the map: 404")
                       String focus,
                       @RequestParam(required = false) @Parameter(description = "Focus mode: how many links out, 1 "
                               + "or 2 (default 2)", schema = @Schema(type = "integer", format = "int32")) Integer depth) {
        if (depth != null && (depth < 1 || depth > Neighbourhood.MAX_DEPTH)) {
            throw new InvalidRequestException("depth", "must be 1 or 2");
        }
        String place = locality != null && !locality.isBlank() ? locality.strip()
                : user.role() == Role.FACILITATOR && user.placeCode() != null ? user.placeCode() : query.root();
        var map = query.graph(place, category == null || category.isBlank() ? null : category.strip(), links(link),
                user.accountId());
        return focus == null || focus.isBlank() ? map
                : Neighbourhood.around(map, focus.strip(), depth == null ? Neighbourhood.MAX_DEPTH : depth);
    }

    private static Set<LinkKind> links(List<String> values) {
        if (values == null || values.isEmpty()) {
            return EnumSet.allOf(LinkKind.class);
        }
        var links = EnumSet.noneOf(LinkKind.class);
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    links.add(LinkKind.valueOf(part.strip().toUpperCase(Locale.ROOT)));
                }
                catch (IllegalArgumentException ex) {
                    throw new InvalidRequestException("link", "must be any of " + EnumSet.allOf(LinkKind.class));
                }
            }
        }
        return links.isEmpty() ? EnumSet.allOf(LinkKind.class) : links;
    }
}
