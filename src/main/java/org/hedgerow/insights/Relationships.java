package org.hedgerow.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hedgerow.core.NetworkZone;
import org.hedgerow.core.Period;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Link workers' relationships with providers ({@link RelationshipMap}) in one statement. The statement reads, per
 * link worker and month, the referrals they made and the groups those went to, and the onward referrals made on
 * paths they began with the people who reached an activity that way; the months, PCNs, place and quarters are
 * added up here from those rows, which hold group ids and counts only.
 */
@Component
class Relationships {

    /** An onward referral "reached" an activity when the group took it up. */
    static final List<String> TAKEN_UP = List.of("ACCEPTED", "ATTENDING", "COMPLETED");

    static final String RELATIONSHIPS = Places.ACCESS + Places.LOCALITIES + """
            CALL (localities) {
                UNWIND localities AS l
                MATCH (l)<-[:COVERS]-(pcn:Pcn)<-[:WORKS_FOR]-(w:LinkWorker)
                WITH DISTINCT pcn, w
                RETURN collect({pcn: pcn, worker: w}) AS staff
            }
            CALL (staff) {
                UNWIND staff AS s
                WITH s.pcn AS pcn, s.worker AS w
                MATCH (w)<-[:MADE_BY]-(r)-[:TO]->()<-[:RUNS]-(g)
                WHERE r.createdAt >= $from AND r.createdAt < $to
                WITH pcn, w, substring(toString(%1$s), 0, 7) AS month, count(r) AS referrals,
                     collect(DISTINCT g.id) AS providers
                RETURN collect({pcn: pcn.id, worker: w.id, month: month, referrals: referrals, providers: providers})
                       AS direct
            }
            CALL (staff) {
                UNWIND staff AS s
                WITH s.pcn AS pcn, s.worker AS w
                MATCH (w)<-[:MADE_BY]-(first)<-[:ONWARD_FROM*1..]-(r)
                WHERE first.createdAt < $to AND r.createdAt >= $from AND r.createdAt < $to
                MATCH (r)-[:OF]->(person)
                RETURN collect({pcn: pcn.id, worker: w.id, month: substring(toString(%1$s), 0, 7),
                                person: person, reached: r.status IN $takenUp}) AS onward
            }
            CALL (onward) {
                UNWIND onward AS o
                WITH o.pcn AS pcn, o.worker AS worker, o.month AS month, count(*) AS referrals,
                     count(DISTINCT CASE WHEN o.reached THEN o.person END) AS reached
                RETURN collect({pcn: pcn, worker: worker, month: month, referrals: referrals, reached: reached})
                       AS onwardByWorker
            }
            CALL (onward) {
                UNWIND onward AS o
                WITH o.pcn AS pcn, o.month AS month, count(DISTINCT CASE WHEN o.reached THEN o.person END) AS reached
                RETURN collect({pcn: pcn, month: month, reached: reached}) AS reachedByPcn
            }
            CALL (onward) {
                UNWIND onward AS o
                WITH o.month AS month, count(DISTINCT CASE WHEN o.reached THEN o.person END) AS reached
                RETURN collect({pcn: null, month: month, reached: reached}) AS reachedByMonth
            }
            RETURN place IS NOT NULL AS exists, maySee, place {.code, .name} AS place,
                   [s IN staff | {pcnId: s.pcn.id, pcnName: s.pcn.name, id: s.worker.id, name: s.worker.name}] AS staff,
                   direct, onwardByWorker, reachedByPcn, reachedByMonth
            """.formatted(NetworkZone.cypherDayOf("r.createdAt"));

    /** What the statement returns. */
    record Found(boolean exists, boolean maySee, GapMap.Place place, List<Staff> staff, List<Direct> direct,
                 List<Onward> onwardByWorker, List<Reached> reachedByPcn, List<Reached> reachedByMonth)
            implements Places.Row {
    }

    record Staff(String pcnId, String pcnName, String id, String name) {
    }

    record Direct(String pcn, String worker, String month, long referrals, List<String> providers) {
    }

    record Onward(String pcn, String worker, String month, long referrals, long reached) {
    }

    /** People reached for a PCN ({@code pcn}) or the whole place ({@code pcn} null) in a month. */
    record Reached(String pcn, String month, long reached) {
    }

    private final Places places;

    Relationships(Places places) {
        this.places = places;
    }

    @Transactional(readOnly = true)
    RelationshipMap of(String place, Period period, String accountId) {
        var found = places.read(RELATIONSHIPS, place, period, accountId, Map.of("takenUp", TAKEN_UP), Found.class);
        return assemble(found, period);
    }

    /** The month rows, PCNs, place and trend from the statement's rows. */
    static RelationshipMap assemble(Found found, Period period) {
        var months = months(period.from(), period.to());
        var byWorker = new HashMap<String, Tally>();
        var byPcn = new HashMap<String, Tally>();
        var total = new Tally();
        // A link worker of two PCNs is listed under each; the place counts them once.
        var countedInTotal = new HashSet<String>();
        for (Direct d : found.direct()) {
            byWorker.computeIfAbsent(key(d.pcn(), d.worker()), k -> new Tally()).direct(d);
            byPcn.computeIfAbsent(d.pcn(), k -> new Tally()).direct(d);
            if (countedInTotal.add("d|" + d.worker() + "|" + d.month())) {
                total.direct(d);
            }
        }
        for (Onward o : found.onwardByWorker()) {
            byWorker.computeIfAbsent(key(o.pcn(), o.worker()), k -> new Tally()).onward(o, true);
            byPcn.computeIfAbsent(o.pcn(), k -> new Tally()).onward(o, false);
            if (countedInTotal.add("o|" + o.worker() + "|" + o.month())) {
                total.onward(o, false);
            }
        }
        found.reachedByPcn().forEach(r -> byPcn.computeIfAbsent(r.pcn(), k -> new Tally()).reached.put(r.month(), r.reached()));
        found.reachedByMonth().forEach(r -> total.reached.put(r.month(), r.reached()));

        var pcns = new LinkedHashMap<String, List<Staff>>();
        found.staff().stream()
                .sorted(java.util.Comparator.comparing(Staff::pcnName).thenComparing(Staff::pcnId)
                        .thenComparing(Staff::name).thenComparing(Staff::id))
                .forEach(s -> pcns.computeIfAbsent(s.pcnId(), k -> new ArrayList<>()).add(s));
        var pcnRows = new ArrayList<RelationshipMap.PcnRow>();
        for (var entry : pcns.entrySet()) {
            var first = entry.getValue().getFirst();
            var workers = entry.getValue().stream().map(s -> new RelationshipMap.LinkWorkerRow(s.id(), s.name(),
                    tallyOrEmpty(byWorker, key(s.pcnId(), s.id())).months(months))).toList();
            pcnRows.add(new RelationshipMap.PcnRow(first.pcnId(), first.pcnName(),
                    tallyOrEmpty(byPcn, entry.getKey()).months(months), workers));
        }
        var workerMonths = new HashMap<String, Tally>();
        found.direct().forEach(d -> workerMonths.computeIfAbsent(d.worker(), k -> new Tally()).direct(d));
        return new RelationshipMap(found.place(), period.from(), period.to(),
                months.stream().map(YearMonth::toString).toList(), total.months(months), pcnRows,
                trend(period, workerMonths, total));
    }

    /**
     * The last three whole months of the period (ending with the month of {@code to} when {@code to} is its last
     * day) against the three before; none when those six months are not all within the period.
     */
    static RelationshipMap.Trend trend(Period period, Map<String, Tally> workers, Tally total) {
        var lastMonth = YearMonth.from(period.to());
        if (!period.to().equals(lastMonth.atEndOfMonth())) {
            lastMonth = lastMonth.minusMonths(1);
        }
        var firstMonth = lastMonth.minusMonths(5);
        if (firstMonth.atDay(1).isBefore(period.from())) {
            return new RelationshipMap.Trend(null, null, null,
                    "The period is too short to compare two whole quarters.");
        }
        var last = quarter(lastMonth.minusMonths(2), workers, total);
        var before = quarter(firstMonth, workers, total);
        Double now = last.directProvidersPerLinkWorker();
        Double then = before.directProvidersPerLinkWorker();
        if (now == null || then == null) {
            return new RelationshipMap.Trend(last, before, null,
                    "No link worker referred anyone in one of the last two quarters.");
        }
        int compared = Double.compare(now, then);
        String direction = compared < 0 ? "FEWER" : compared > 0 ? "MORE" : "SAME";
        String summary = switch (direction) {
            case "FEWER" -> "Fewer direct relationships this quarter: %s providers per link worker (%s), down from %s (%s).";
            case "MORE" -> "More direct relationships this quarter: %s providers per link worker (%s), up from %s (%s).";
            default -> "As many direct relationships this quarter as the one before: %s providers per link worker (%s).";
        };
        return new RelationshipMap.Trend(last, before, direction,
                summary.formatted(one(now), span(last), one(then), span(before)));
    }

    private static RelationshipMap.Quarter quarter(YearMonth first, Map<String, Tally> workers, Tally total) {
        var months = List.of(first, first.plusMonths(1), first.plusMonths(2));
        var keys = months.stream().map(YearMonth::toString).toList();
        long active = 0;
        long providers = 0;
        for (Tally worker : workers.values()) {
            var groups = new HashSet<String>();
            keys.forEach(m -> groups.addAll(worker.providers.getOrDefault(m, Set.of())));
            if (!groups.isEmpty()) {
                active++;
                providers += groups.size();
            }
        }
        long referrals = keys.stream().mapToLong(m -> total.referrals.getOrDefault(m, 0L)).sum();
        long onward = keys.stream().mapToLong(m -> total.onward.getOrDefault(m, 0L)).sum();
        return new RelationshipMap.Quarter(first.atDay(1), first.plusMonths(2).atEndOfMonth(), active,
                active == 0 ? null : GapMaps.round((double) providers / active, 1), Count.of(referrals),
                Count.of(onward), share(referrals, onward));
    }

    /** Onward ÷ all, unless a count behind it is 1–4 (or there is nothing to divide). */
    static Double share(long direct, long onward) {
        long all = direct + onward;
        if (all == 0 || Count.of(direct).suppressed() || Count.of(onward).suppressed()) {
            return null;
        }
        return GapMaps.round((double) onward / all, 3);
    }

    static List<YearMonth> months(LocalDate from, LocalDate to) {
        var months = new ArrayList<YearMonth>();
        for (var m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static String key(String pcn, String worker) {
        return pcn + "|" + worker;
    }

    private static Tally tallyOrEmpty(Map<String, Tally> tallies, String key) {
        return tallies.getOrDefault(key, new Tally());
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

    private static String span(RelationshipMap.Quarter quarter) {
        return MONTH.format(quarter.from()) + "–" + MONTH.format(quarter.to()) + " " + quarter.to().getYear();
    }

    /** One row's figures by month: referrals, the groups they went to, onward referrals and people reached. */
    static final class Tally {

        final Map<String, Long> referrals = new HashMap<>();
        final Map<String, Set<String>> providers = new HashMap<>();
        final Map<String, Long> onward = new HashMap<>();
        final Map<String, Long> reached = new HashMap<>();

        void direct(Direct d) {
            referrals.merge(d.month(), d.referrals(), Long::sum);
            providers.computeIfAbsent(d.month(), k -> new HashSet<>()).addAll(d.providers());
        }

        /** People reached add up only for one link worker; a PCN's and the place's are counted apart. */
        void onward(Onward o, boolean withPeople) {
            onward.merge(o.month(), o.referrals(), Long::sum);
            if (withPeople) {
                reached.merge(o.month(), o.reached(), Long::sum);
            }
        }

        List<RelationshipMap.Month> months(List<YearMonth> months) {
            return months.stream().map(YearMonth::toString).map(m -> {
                long direct = referrals.getOrDefault(m, 0L);
                long made = onward.getOrDefault(m, 0L);
                return new RelationshipMap.Month(m, providers.getOrDefault(m, Set.of()).size(), Count.of(direct),
                        Count.of(made), Count.of(reached.getOrDefault(m, 0L)), share(direct, made));
            }).toList();
        }
    }
}
