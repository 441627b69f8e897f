package org.hedgerow.insights;

import org.hedgerow.core.MayRefuse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.LocalDate;

import org.hedgerow.accounts.Role;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.Period;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Network insights as JSON, and each as a CSV download at the same path with {@code .csv}. Facilitators see their
 * own place (the default) and anything within it, admins everything (by default the top of the tree); providers
 * only their own group's flows; link workers none. {@code from}/{@code to}: days, both included, by default the
 * twelve months up to today.
 */
@RestController
@RequestMapping("/api/insights")
class InsightsController {

    private final Places places;
    private final GapMaps gapMaps;
    private final FlowMaps flowMaps;
    private final NetworkHealthChecks health;
    private final Outcomes outcomes;
    private final Clock clock;

    InsightsController(Places places, GapMaps gapMaps, FlowMaps flowMaps, NetworkHealthChecks health,
                       Outcomes outcomes, Clock clock) {
        this.places = places;
        this.gapMaps = gapMaps;
        this.flowMaps = flowMaps;
        this.health = health;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** {@code by}: {@code category} (default) or {@code need}. */
    @GetMapping("/gaps")
    @MayRefuse(404)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    GapMap gaps(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String locality,
                @RequestParam(required = false) @Parameter(description = "What the columns are (any case)",
                        schema = @Schema(allowableValues = {"category", "need"}, defaultValue = "category")) String by,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var axis = GapAxis.parse(by);
        var period = Period.of(from, to, clock);
        return gapMaps.of(places.placeFor(user, locality), axis, period, user.accountId());
    }

    @GetMapping("/gaps.csv")
    @MayRefuse(404)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    @ApiResponse(responseCode = "200", description = "The table as CSV, named in Content-Disposition",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> gapsCsv(@AuthenticationPrincipal SignedInUser user,
                                   @RequestParam(required = false) String locality,
                                   @RequestParam(required = false) @Parameter(description = "What the columns are (any case)",
                        schema = @Schema(allowableValues = {"category", "need"}, defaultValue = "category")) String by,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var map = gaps(user, locality, by, from, to);
        return InsightTables.gaps(map).download("need".equals(map.by()) ? "gaps-by-need" : "gaps", map.place().code(),
                map.from(), map.to());
    }

    /** A place's flows; or, with {@code group}, one group's (the only flows a provider sees: their own group's). */
    @GetMapping("/flows")
    @MayRefuse(404)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN', 'PROVIDER')")
    FlowMap flows(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String locality,
                  @RequestParam(required = false) String group,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var period = Period.of(from, to, clock);
        if (group != null && !group.isBlank()) {
            return flowMaps.ofGroup(group.strip(), period, user.accountId());
        }
        if (user.role() == Role.PROVIDER) {
            throw new ForbiddenException("Providers see the flows of their own group: add group=<your group's id>.");
        }
        return flowMaps.ofPlace(places.placeFor(user, locality), period, user.accountId());
    }

    @GetMapping("/flows.csv")
    @MayRefuse(404)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN', 'PROVIDER')")
    @ApiResponse(responseCode = "200", description = "The table as CSV, named in Content-Disposition",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> flowsCsv(@AuthenticationPrincipal SignedInUser user,
                                    @RequestParam(required = false) String locality,
                                    @RequestParam(required = false) String group,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var map = flows(user, locality, group, from, to);
        return InsightTables.flows(map).download("flows", map.scope().code(), map.from(), map.to());
    }

    @GetMapping("/health")
    @MayRefuse(404)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    NetworkHealth health(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String locality,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return health.of(places.placeFor(user, locality), Period.of(from, to, clock), user.accountId());
    }

    @GetMapping("/health.csv")
    @MayRefuse(404)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    @ApiResponse(responseCode = "200", description = "The table as CSV, named in Content-Disposition",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> healthCsv(@AuthenticationPrincipal SignedInUser user,
                                     @RequestParam(required = false) String locality,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var result = health(user, locality, from, to);
        return InsightTables.health(result).download("health", result.place().code(), result.from(), result.to());
    }

    @GetMapping("/outcomes")
    @MayRefuse(404)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    OutcomeSummary outcomes(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String locality,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return outcomes.of(places.placeFor(user, locality), Period.of(from, to, clock), user.accountId());
    }

    @GetMapping("/outcomes.csv")
    @MayRefuse(404)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    @ApiResponse(responseCode = "200", description = "The table as CSV, named in Content-Disposition",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> outcomesCsv(@AuthenticationPrincipal SignedInUser user,
                                       @RequestParam(required = false) String locality,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var result = outcomes(user, locality, from, to);
        return InsightTables.outcomes(result).download("outcomes", result.place().code(), result.from(), result.to());
    }
}
