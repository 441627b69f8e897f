package org.hedgerow.network;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/network")
class NetworkSummaryController {

    private final NetworkSummaryQuery query;

    NetworkSummaryController(NetworkSummaryQuery query) {
        this.query = query;
    }

    /** Counts of each kind of node and relationship. Public: no personal data. */
    @GetMapping("/summary")
    NetworkSummary summary() {
        return query.summary();
    }
}
