package org.hedgerow.referral;

import java.time.Clock;

import org.hedgerow.core.Period;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * How a listing answers its referrals, for anyone signed in: it is about the provider, not the people referred,
 * but it comes from referrals, which the public never sees. Under the directory's paths, yet not public: the
 * public rule covers one path segment after {@code /api/activities} and {@code /api/groups} only.
 */
@RestController
class ResponsivenessController {

    private final ListingResponsiveness responsiveness;
    private final Clock clock;

    ResponsivenessController(ListingResponsiveness responsiveness, Clock clock) {
        this.responsiveness = responsiveness;
        this.clock = clock;
    }

    /** Over referrals to the activity made in the last twelve months. */
    @GetMapping("/api/activities/{id}/responsiveness")
    Responsiveness ofActivity(@PathVariable String id) {
        return responsiveness.ofActivity(id, Period.of(null, null, clock));
    }

    /** Over referrals to any of the group's activities made in the last twelve months. */
    @GetMapping("/api/groups/{id}/responsiveness")
    Responsiveness ofGroup(@PathVariable String id) {
        return responsiveness.ofGroup(id, Period.of(null, null, clock));
    }
}
