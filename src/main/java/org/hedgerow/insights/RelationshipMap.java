package org.hedgerow.insights;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The pilot's own measure: how many providers each link worker has to keep a relationship with, and how much of
 * the referring the providers now do for each other. For a place over a period, month by month (calendar months,
 * {@code YYYY-MM}, the first and last possibly partial): the whole place, each PCN covering a locality within it,
 * and each of their link workers. A person's path counts for the link worker whose referral began it.
 *
 * @param months every month the period touches, in order; each row has one figure per month, in this order
 * @param total  the place: the figures of all its link workers together
 * @param pcns   the PCNs covering a locality within the place, by name, each with its link workers by name
 * @param trend  the last whole quarter of the period against the quarter before, for the overview
 */
record RelationshipMap(GapMap.Place place, LocalDate from, LocalDate to, List<String> months, List<Month> total,
                       List<PcnRow> pcns, Trend trend) implements InsightView {

    /**
     * One month's figures.
     *
     * @param directProviders         different groups the link worker(s) referred someone to directly that month;
     *                                providers, not people, so never suppressed
     * @param referrals               referrals the link worker(s) made that month
     * @param onwardReferrals         referrals providers made that month, onward from a path the link worker(s) began
     * @param reachedThroughProviders different people who reached another activity that month through such an onward
     *                                referral, taken up (accepted, attending or completed)
     * @param providerShare           onwardReferrals ÷ (referrals + onwardReferrals), 3 decimals; null when there
     *                                were none, or when either count is 1–4 (the share would give it away)
     */
    record Month(String month, long directProviders, Count referrals, Count onwardReferrals,
                 Count reachedThroughProviders, @Nullable Double providerShare) {
    }

    record PcnRow(String id, String name, List<Month> months, List<LinkWorkerRow> linkWorkers) {
    }

    record LinkWorkerRow(String id, String name, List<Month> months) {
    }

    /**
     * Direct relationships per link worker, last quarter against the quarter before.
     *
     * @param lastQuarter   the last three whole months of the period; null when the period has fewer than six
     * @param quarterBefore the three months before it; null likewise
     * @param direction     {@code FEWER}, {@code MORE} or {@code SAME} direct relationships per link worker in
     *                      the last quarter; null when either quarter has no link worker who referred anyone
     * @param summary       the trend in a sentence, for the overview
     */
    record Trend(@Nullable Quarter lastQuarter, @Nullable Quarter quarterBefore,
                 @Schema(allowableValues = {"FEWER", "MORE", "SAME"}) @Nullable String direction, String summary) {
    }

    /**
     * @param linkWorkers                  link workers of the place who made at least one referral in the quarter
     * @param directProvidersPerLinkWorker mean over those link workers of the different groups each referred to
     *                                     directly in the quarter, 1 decimal; null when there were none
     * @param providerShare                as a month's, over the quarter
     */
    record Quarter(LocalDate from, LocalDate to, long linkWorkers, @Nullable Double directProvidersPerLinkWorker,
                   Count referrals, Count onwardReferrals, @Nullable Double providerShare) {
    }
}
