package org.hedgerow.insights;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.hedgerow.accounts.Role;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.MayRefuse;
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
 * Network insights as JSON, or as a CSV download with {@code Accept: text/csv} or at the same path with
 * {@code .csv} ({@link CsvDownloads}). Facilitators see their own place (the default) and anything within it,
 * admins everything (by default the top of the tree); providers only their own group's flows; link workers none.
 * {@code from}/{@code to}: days, both included, by default the twelve months up to today.
 */
@RestController
@RequestMapping("/api/insights")
class InsightsController {

    private final Places places;
    private final GapMaps gapMaps;
    private final FlowMaps flowMaps;
    private final NetworkHealthChecks health;
    private final Outcomes outcomes;
    private final Relationships relationships;
    private final GatheringConnectionCounts gatherings;
    private final Clock clock;

    InsightsController(Places places, GapMaps gapMaps, FlowMaps flowMaps, NetworkHealthChecks health,
                       Outcomes outcomes, Relationships relationships, GatheringConnectionCounts gatherings, Clock clock) {
        this.places = places;
        this.gapMaps = gapMaps;
        this.flowMaps = flowMaps;
        this.health = health;
        this.outcomes = outcomes;
        this.relationships = relationships;
        this.gatherings = gatherings;
        this.clock = clock;
    }

    /** {@code by}: {@code category} (default) or {@code need}. */
    @GetMapping({"/gaps", "/gaps.csv"})
    @MayRefuse(404)
    @ApiResponse(responseCode = "200", description = "The view as JSON; as CSV with Accept: text/csv or at the .csv path "
            + "(always CSV there), named in Content-Disposition", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = GapMap.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    ResponseEntity<GapMap> gaps(@AuthenticationPrincipal SignedInUser user,
                                @RequestParam(required = false) String locality,
                                @RequestParam(required = false) @Parameter(description = "What the columns are (any case)",
                                        schema = @Schema(allowableValues = {"category", "need"}, defaultValue = "category"))
                                String by,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                HttpServletRequest request) {
        var axis = GapAxis.parse(by);
        var period = Period.of(from, to, clock);
        return CsvDownloads.asAskedFor(request,
                gapMaps.of(places.placeFor(user, locality), axis, period, user.accountId()));
    }

    /** A place's flows; or, with {@code group}, one group's (the only flows a provider sees: their own group's). */
    @GetMapping({"/flows", "/flows.csv"})
    @MayRefuse(404)
    @ApiResponse(responseCode = "200", description = "The view as JSON; as CSV with Accept: text/csv or at the .csv path "
            + "(always CSV there), named in Content-Disposition", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = FlowMap.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN', 'PROVIDER')")
    ResponseEntity<FlowMap> flows(@AuthenticationPrincipal SignedInUser user,
                                  @RequestParam(required = false) String locality,
                                  @RequestParam(required = false) String group,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  HttpServletRequest request) {
        var period = Period.of(from, to, clock);
        if (group != null && !group.isBlank()) {
            return CsvDownloads.asAskedFor(request, flowMaps.ofGroup(group.strip(), period, user.accountId()));
        }
        if (user.role() == Role.PROVIDER) {
            throw new ForbiddenException("Providers see the flows of their own group: add group=<your group's id>.");
        }
        return CsvDownloads.asAskedFor(request,
                flowMaps.ofPlace(places.placeFor(user, locality), period, user.accountId()));
    }

    @GetMapping({"/health", "/health.csv"})
    @MayRefuse(404)
    @ApiResponse(responseCode = "200", description = "The view as JSON; as CSV with Accept: text/csv or at the .csv path "
            + "(always CSV there), named in Content-Disposition", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = NetworkHealth.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    ResponseEntity<NetworkHealth> health(@AuthenticationPrincipal SignedInUser user,
                                         @RequestParam(required = false) String locality,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         HttpServletRequest request) {
        return CsvDownloads.asAskedFor(request,
                health.of(places.placeFor(user, locality), Period.of(from, to, clock), user.accountId()));
    }

    @GetMapping({"/outcomes", "/outcomes.csv"})
    @MayRefuse(404)
    @ApiResponse(responseCode = "200", description = "The view as JSON; as CSV with Accept: text/csv or at the .csv path "
            + "(always CSV there), named in Content-Disposition", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = OutcomeSummary.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    ResponseEntity<OutcomeSummary> outcomes(@AuthenticationPrincipal SignedInUser user,
                                            @RequestParam(required = false) String locality,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                            HttpServletRequest request) {
        return CsvDownloads.asAskedFor(request,
                outcomes.of(places.placeFor(user, locality), Period.of(from, to, clock), user.accountId()));
    }

    /**
     * The pilot's measure: per PCN and link worker, month by month, how many providers each referred to directly,
     * how many people providers referred on, and the providers' share of the referring; with the quarter's trend.
     */
    @GetMapping({"/relationships", "/relationships.csv"})
    @MayRefuse(404)
    @ApiResponse(responseCode = "200", description = "The view as JSON; as CSV with Accept: text/csv or at the .csv path "
            + "(always CSV there), named in Content-Disposition", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = RelationshipMap.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    ResponseEntity<RelationshipMap> relationships(@AuthenticationPrincipal SignedInUser user,
                                                  @RequestParam(required = false) String locality,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                  HttpServletRequest request) {
        return CsvDownloads.asAskedFor(request,
                relationships.of(places.placeFor(user, locality), Period.of(from, to, clock), user.accountId()));
    }

    /** Connections and plans made at the place's gatherings, month by month. */
    @GetMapping({"/gatherings", "/gatherings.csv"})
    @MayRefuse(404)
    @ApiResponse(responseCode = "200", description = "The view as JSON; as CSV with Accept: text/csv or at the .csv path "
            + "(always CSV there), named in Content-Disposition", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = GatheringConnections.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    ResponseEntity<GatheringConnections> gatherings(@AuthenticationPrincipal SignedInUser user,
                                                    @RequestParam(required = false) String locality,
                                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                    HttpServletRequest request) {
        return CsvDownloads.asAskedFor(request,
                gatherings.of(places.placeFor(user, locality), Period.of(from, to, clock), user.accountId()));
    }
}
