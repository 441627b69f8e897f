package org.hedgerow.referral;

import org.hedgerow.core.MayRefuse;
import java.time.Clock;
import java.time.LocalDate;

import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.Period;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A group's referral flows. Under {@code /api/groups} but not public: the public rule covers one path segment
 * only, so this needs a sign-in; who may see it is decided in the statement (403, or 404 for no such group).
 */
@RestController
class ProviderFlowController {

    private final ProviderFlows flows;
    private final Clock clock;

    ProviderFlowController(ProviderFlows flows, Clock clock) {
        this.flows = flows;
        this.clock = clock;
    }

    /** {@code from}/{@code to}: days, both included; by default the twelve months up to today. */
    @GetMapping("/api/groups/{id}/flows")
    @MayRefuse(403)
    GroupFlows flows(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return flows.of(id, user.accountId(), Period.of(from, to, clock));
    }
}
