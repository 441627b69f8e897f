package org.hedgerow.insights;

import java.util.Map;

/** Each insight as one CSV table, with the same figures (and the same "<5") as its JSON. */
final class InsightTables {

    private InsightTables() {
    }

    static Csv of(InsightView view) {
        return switch (view) {
            case GapMap map -> gaps(map);
            case FlowMap map -> flows(map);
            case NetworkHealth health -> health(health);
            case OutcomeSummary outcomes -> outcomes(outcomes);
            case RelationshipMap map -> relationships(map);
            case GatheringConnections gatherings -> gatherings(gatherings);
        };
    }

    /** {@code <view>-<code>-<from>-<to>.csv}, e.g. {@code gaps-AMBER-2025-11-22-2026-11-21.csv}. */
    static String fileName(InsightView view) {
        String viewAndCode = switch (view) {
            case GapMap map -> ("need".equals(map.by()) ? "gaps-by-need-" : "gaps-") + map.place().code();
            case FlowMap map -> "flows-" + map.scope().code();
            case NetworkHealth health -> "health-" + health.place().code();
            case OutcomeSummary outcomes -> "outcomes-" + outcomes.place().code();
            case RelationshipMap map -> "relationships-" + map.place().code();
            case GatheringConnections gatherings -> "gatherings-" + gatherings.place().code();
        };
        return viewAndCode + "-" + view.from() + "-" + view.to() + ".csv";
    }

    /** One line per cell: locality × column. */
    private static Csv gaps(GapMap map) {
        var csv = new Csv("localityCode", "localityName", map.by() + "Code", map.by() + "Name", "green", "activities",
                "weeklySessions", "capacity", "spacesLeft", "demand", "declinedFull", "pressure", "gap");
        for (GapMap.Row row : map.rows()) {
            for (int i = 0; i < row.cells().size(); i++) {
                var cell = row.cells().get(i);
                var column = map.columns().get(i);
                csv.row(row.localityCode(), row.localityName(), column.code(), column.name(), column.green(),
                        cell.activities(), cell.weeklySessions(), cell.capacity(), cell.spacesLeft(), cell.demand(),
                        cell.declinedFull(), cell.pressure(), cell.gap());
            }
        }
        return csv;
    }

    /** One line per edge, with both ends named. */
    private static Csv flows(FlowMap map) {
        var csv = new Csv("fromId", "fromKind", "fromName", "toId", "toKind", "toName", "count");
        var byId = new java.util.HashMap<String, FlowMap.Node>();
        map.nodes().forEach(n -> byId.putIfAbsent(n.id(), n));
        for (FlowMap.Edge edge : map.edges()) {
            var from = byId.get(edge.from());
            var to = byId.get(edge.to());
            csv.row(edge.from(), from == null ? null : from.kind(), from == null ? null : from.name(),
                    edge.to(), to == null ? null : to.kind(), to == null ? null : to.name(), edge.count());
        }
        return csv;
    }

    /** One line per finding, the kind of finding first. */
    private static Csv health(NetworkHealth health) {
        var csv = new Csv("finding", "id", "name", "groupId", "localityCode", "figure", "detail", "suggestion");
        health.isolated().forEach(x -> csv.row("ISOLATED", x.groupId(), x.name(), x.groupId(), x.localityCode(), null,
                x.why(), x.suggestion()));
        health.brokers().forEach(x -> csv.row("BROKER", x.groupId(), x.name(), x.groupId(), x.localityCode(), x.paths(),
                "referral paths through it; onward to " + x.onwardTo() + " groups", x.suggestion()));
        health.overloaded().forEach(x -> csv.row("OVERLOADED", x.activityId(), x.name(), x.groupId(), null,
                x.referrals(), "referrals for " + x.capacity() + " places", x.suggestion()));
        health.stale().forEach(x -> csv.row("STALE", x.activityId(), x.name(), x.groupId(), null, null,
                x.updatedAt() == null ? "never updated" : "updated " + x.updatedAt(), x.suggestion()));
        health.noGreen().forEach(x -> csv.row("NO_GREEN", x.localityCode(), x.name(), null, x.localityCode(), null,
                "no green activity", x.suggestion()));
        return csv;
    }

    /** One line per figure. */
    private static Csv outcomes(OutcomeSummary outcomes) {
        var csv = new Csv("measure", "value");
        csv.row("peopleSupported", outcomes.peopleSupported());
        for (Map.Entry<String, Count> status : outcomes.referralsByStatus().entrySet()) {
            csv.row("referrals" + status.getKey(), status.getValue());
        }
        csv.row("wellbeingImprovedShare", outcomes.wellbeingImprovedShare());
        csv.row("wellbeingAnswered", outcomes.wellbeingAnswered());
        csv.row("gpAppointmentsChange", outcomes.gpAppointmentsChange());
        csv.row("gpAnswered", outcomes.gpAnswered());
        csv.row("servicesUsed", outcomes.servicesUsed());
        return csv;
    }

    /** One line per month of the place, of each PCN and of each of its link workers, in that order. */
    private static Csv relationships(RelationshipMap map) {
        var csv = new Csv("level", "pcnId", "pcnName", "linkWorkerId", "linkWorkerName", "month", "directProviders",
                "referrals", "onwardReferrals", "reachedThroughProviders", "providerShare");
        map.total().forEach(m -> relationshipRow(csv, "PLACE", null, null, m));
        for (RelationshipMap.PcnRow pcn : map.pcns()) {
            pcn.months().forEach(m -> relationshipRow(csv, "PCN", pcn, null, m));
            for (RelationshipMap.LinkWorkerRow worker : pcn.linkWorkers()) {
                worker.months().forEach(m -> relationshipRow(csv, "LINK_WORKER", pcn, worker, m));
            }
        }
        return csv;
    }

    private static void relationshipRow(Csv csv, String level, RelationshipMap.PcnRow pcn,
                                        RelationshipMap.LinkWorkerRow worker, RelationshipMap.Month m) {
        csv.row(level, pcn == null ? null : pcn.id(), pcn == null ? null : pcn.name(),
                worker == null ? null : worker.id(), worker == null ? null : worker.name(), m.month(),
                m.directProviders(), m.referrals(), m.onwardReferrals(), m.reachedThroughProviders(), m.providerShare());
    }
    /** One line per month. */
    private static Csv gatherings(GatheringConnections gatherings) {
        var csv = new Csv("month", "gatherings", "groupsSaidYes", "connections", "plans");
        for (var month : gatherings.months()) {
            csv.row(month.month(), month.gatherings(), month.groupsSaidYes(), month.connections(), month.plans());
        }
        return csv;
    }
}
