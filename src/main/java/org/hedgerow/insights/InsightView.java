package org.hedgerow.insights;

import java.time.LocalDate;

/** An insight over a period, as a facilitator sees it: JSON, or its table as a CSV file ({@link CsvDownloads}). */
sealed interface InsightView permits GapMap, FlowMap, NetworkHealth, OutcomeSummary, RelationshipMap,
        GatheringConnections {

    LocalDate from();

    LocalDate to();
}
