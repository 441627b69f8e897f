package org.hedgerow.demo;

import java.util.List;

/**
 * A network as typed rows, ready for {@code UNWIND $rows} (the driver binds a record as a map of its
 * components): the shape of {@code demo/derbyshire-network.json} and of what the synthetic generator
 * produces. The components of each row are the keys {@link NetworkWriter}'s statements read.
 */
record NetworkRows(
        List<Locality> localities,
        List<Category> categories,
        List<Need> needs,
        List<Venue> venues,
        List<Organiser> organisers,
        List<Group> groups,
        List<Activity> activities,
        List<Acquaintance> knows,
        List<Partnership> partnerships,
        List<Pcn> pcns,
        List<Practice> practices,
        List<LinkWorker> linkWorkers) {

    NetworkRows {
        localities = orEmpty(localities);
        categories = orEmpty(categories);
        needs = orEmpty(needs);
        venues = orEmpty(venues);
        organisers = orEmpty(organisers);
        groups = orEmpty(groups);
        activities = orEmpty(activities);
        knows = orEmpty(knows);
        partnerships = orEmpty(partnerships);
        pcns = orEmpty(pcns);
        practices = orEmpty(practices);
        linkWorkers = orEmpty(linkWorkers);
    }

    /** An ICS, place or locality; {@code within} is the id of the one above it (none for an ICS). */
    record Locality(String id, String name, String code, String kind, double lat, double lon, String within) {
    }

    record Category(String code, String name, boolean green) {
    }

    record Need(String code, String name) {
    }

    /** A venue in the locality of that id. */
    record Venue(String id, String name, String address, String postcode, double lat, double lon,
                 List<String> accessibility, String locality) {
    }

    record Organiser(String id, String name, String bio) {
    }

    /** A group based in the locality of that id, with its organisers. */
    record Group(String id, String name, String description, String website, String locality,
                 List<Organising> organisers) {
    }

    /** Who organises a group, in what role, since when (an ISO date). */
    record Organising(String organiser, String role, String since) {
    }

    /**
     * An activity of the group of that id at the venue of that id; times are ISO local times, and it was
     * last updated so many days before it is written. Ages and the way in are optional (no age limits; the way in
     * by the activities' default: a drop-in without a capacity, else book ahead).
     */
    record Activity(String id, String group, String name, String description, String venue, List<String> categories,
                    List<String> needs, List<String> days, String frequency, Integer weekOfMonth, String startTime,
                    String endTime, Integer capacity, Integer spacesLeft, String cost, String costNote,
                    String whatToBring, String contact, Integer minimumAge, Integer maximumAge, String wayIn,
                    int updatedDaysAgo) {
    }

    /** Two organisers who know each other (by id), how they met and since when. */
    record Acquaintance(String from, String to, String context, String since) {
    }

    /** Two groups that work together (by id). */
    record Partnership(String from, String to, String note, String since) {
    }

    /** A primary care network and the ids of the localities it covers. */
    record Pcn(String id, String name, String odsCode, List<String> covers) {
    }

    record Practice(String id, String name, String odsCode, String pcn) {
    }

    record LinkWorker(String id, String name, String pcn) {
    }

    private static <T> List<T> orEmpty(List<T> rows) {
        return rows == null ? List.of() : rows;
    }
}
