package org.hedgerow.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * What a place's gatherings led to, month by month: the connections made there (introductions recorded with the
 * gathering as their context) and the plans (noticeboard posts linked to it). Counted by the month the gathering
 * was held (Europe/London), over gatherings held in the place or within it in the period. Connections are between
 * groups and gatherings are events, not people, so nothing here is suppressed.
 *
 * @param months every month of the period, oldest first, with zeros where nothing happened
 */
record GatheringConnections(GapMap.Place place, LocalDate from, LocalDate to, List<Month> months, long gatherings,
                            long connections, long plans) implements InsightView {

    /**
     * @param month        {@code YYYY-MM}
     * @param groupsSaidYes invitations answered yes, over that month's gatherings
     */
    record Month(String month, long gatherings, long groupsSaidYes, long connections, long plans) {
    }
}
