package org.hedgerow.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.hedgerow.connections.IntroductionStatus;

/**
 * What the demo's providers said to each other over the year: introductions asked for and answered, and noticeboard
 * posts with their replies. Authors are organiser or link worker ids, or the {@code facilitator}'s username; dates are
 * days before {@code now}. Nothing in them is about a person: asks about someone stay off a board everyone reads.
 * Fiona's Glossop group is in none of them: it is the network's isolated group.
 */
final class DemoConversations {

    /** Organiser {@code from} asks to meet {@code to}, about {@code group}; answered some days later, or not yet. */
    record Introduction(String from, String to, String group, String context, int daysAgo, IntroductionStatus answer,
                        int answeredAfterDays, String note) {
    }

    record Reply(String author, String text, int daysAfter) {
    }

    record Post(String author, String kind, String title, String text, List<String> topics, String aboutKind,
                String aboutId, int daysAgo, List<Reply> replies) {
    }

    static final String FACILITATOR = "facilitator";

    static final List<Introduction> INTRODUCTIONS = List.of(
            new Introduction("org-li", "org-anjali", "grp-derwent-valley-tai-chi",
                    "We both run gentle exercise for people with long-term conditions: could we share a taster day?",
                    300, IntroductionStatus.ACCEPTED, 3, "Yes please, let's talk after Monday's class"),
            new Introduction("org-pauline", "org-li", "grp-weston-centre-coffee",
                    "Some of our coffee morning regulars ask about tai chi in Duffield", 260,
                    IntroductionStatus.ACCEPTED, 2, "Happy to come and do a demonstration"),
            new Introduction("org-hannah", "org-joanne", "grp-rethink-ripley",
                    "Money worries come up at our chat group every week; your drop-in could help", 230,
                    IntroductionStatus.ACCEPTED, 5, null),
            new Introduction("org-kwame", "org-colin", "grp-arboretum-green-team",
                    "Our garden tools need mending and the Men's Shed might enjoy the job", 190,
                    IntroductionStatus.ACCEPTED, 4, "Bring them over on a Tuesday"),
            new Introduction("org-tom", "org-lorraine", "grp-duwc",
                    "Our Ripley surgery is monthly; could people wait at your lunch club?", 150,
                    IntroductionStatus.ACCEPTED, 6, null),
            new Introduction("org-sue", "org-lorraine", "grp-amber-valley-befriending",
                    "Befriending volunteers could bring people along to your Friday lunch", 110,
                    IntroductionStatus.ACCEPTED, 3, "Lovely idea"),
            new Introduction("org-gwen", "org-alan", "grp-matlock-open-studio",
                    "Would your digital volunteers help us put our studio sessions online?", 80,
                    IntroductionStatus.DECLINED, 9, "Not this term, our volunteers are stretched; ask me again in spring"),
            new Introduction("org-mark", "org-ruth", "grp-derby-bereavement-cafe",
                    "Some of our cafe guests would love a quiet nature walk together", 12, null, 0, null),
            new Introduction("org-scott", "org-kerry", "grp-towpath-voices",
                    "We are looking for someone to make banners for the summer concert", 5, null, 0, null));

    static final List<Post> POSTS = List.of(
            new Post(FACILITATOR, "NEWS", "Amber Valley providers' get-together",
                    "Our quarterly get-together is at the Strutt Centre on the first Thursday, 2pm. Tea, cake and "
                    + "ten minutes each to say what you run and what you need.", List.of("network", "meetings"),
                    "LOCALITY", "loc-belper", 320, List.of(
                            new Reply("org-joanne", "Hope for Belper will be there, with flyers for the warm welcome lunch", 2),
                            new Reply("org-maureen", "Count the Strutt chat group in", 3))),
            new Post("org-joanne", "OFFER", "Spare allotment plots this spring",
                    "Two raised beds are free at our growing allotment. Ideal for a group that would like to try "
                    + "gardening; tools and seeds provided.", List.of("gardening", "spaces"),
                    "ACTIVITY", "act-hope-growing-allotment", 280, List.of(
                            new Reply("org-colin", "The Men's Shed could build you a bench for it", 1),
                            new Reply("lw-claire-whitworth", "Good to know: I will mention it to people who ask about gardening", 4))),
            new Post("org-colin", "ASK", "Venue with a workbench in Ripley?",
                    "We would like to run a repair session in Ripley once a month. Does anyone know a hall with a "
                    + "sturdy bench and good light?", List.of("venues"), "LOCALITY", "loc-ripley", 240, List.of(
                            new Reply("org-kerry", "No.28 has a back room with a big table; come and look", 2),
                            new Reply("org-lorraine", "The Dot Teas hall is free on Saturday mornings", 3))),
            new Post("org-priya", "NEWS", "Citizens Advice: new Belper library sessions",
                    "From next month our Monday sessions at Belper library start at 9.30 and run until 12.30.",
                    List.of("advice", "opening-times"), "ACTIVITY", "act-ca-belper-library", 200, List.of(
                            new Reply("org-tom", "We will point people your way on Mondays", 1))),
            new Post("org-ruth", "OFFER", "Binoculars to lend for nature walks",
                    "We have ten pairs of binoculars groups can borrow for a session. Ask a week ahead.",
                    List.of("equipment", "nature"), "GROUP", "grp-rspb-nature-prescriptions", 170, List.of(
                            new Reply("org-ian", "Perfect for our Lumsdale day, thank you", 2),
                            new Reply("org-kwame", "Could we borrow them for the arboretum walk in May?", 5))),
            new Post("org-alan", "ASK", "Volunteers who like computers",
                    "Tea, Talk and Tech needs two more volunteers on Thursday mornings to help people with "
                    + "their phones and tablets.", List.of("volunteers", "digital"), "GROUP", "grp-tea-talk-tech",
                    130, List.of(new Reply("org-priya", "I will share it with our Ashbourne volunteers", 1))),
            new Post("org-scott", "NEWS", "Towpath Voices summer concert",
                    "We sing under the canal bridge on the last Saturday of June. Walkers, families and friends "
                    + "all welcome.", List.of("music", "events"), "GROUP", "grp-towpath-voices", 90, List.of(
                            new Reply("org-gene", "The Friday walkers will time the walk to finish at the bridge", 1),
                            new Reply("lw-sam-draycott", "Lovely: I will tell the people I work with in Long Eaton", 2),
                            new Reply(FACILITATOR, "Could we film a minute of it for the network's newsletter?", 4))),
            new Post("org-anjali", "OFFER", "Chair yoga: spaces on Fridays",
                    "Our Friday chair yoga has a few spaces again. Gentle, seated, no experience needed.",
                    List.of("spaces", "exercise"), "ACTIVITY", "act-belper-chair-yoga", 40, List.of(
                            new Reply("lw-ben-okafor", "Thank you, that is just what some people need", 1))),
            new Post(FACILITATOR, "ASK", "What stops people getting to you?",
                    "Planning next year's small grants: tell us what gets in people's way, whether transport, "
                    + "cost, times or something else.", List.of("planning", "funding"), "LOCALITY",
                    "loc-derbyshire", 20, List.of(
                            new Reply("org-rita", "Buses after 4pm; our afternoon tea finishes too late for the last one", 1),
                            new Reply("org-tom", "Waiting times: the surgeries are booked up weeks ahead", 2),
                            new Reply("org-gwen", "Cost of materials for the studio", 3))),
            new Post("org-dave", "OFFER", "Warm space on Thursdays",
                    "The Greyhound is open as a warm space every Thursday through the winter, with soup at noon.",
                    List.of("warm-spaces"), "ACTIVITY", "act-greyhound-coffee-morning", 8, List.of()));

    private DemoConversations() {
    }

    /** The day {@code daysAgo} before {@code now}, at a mid-morning hour that differs from entry to entry. */
    static Instant daysAgo(Instant now, int daysAgo, int entry) {
        return now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(daysAgo))
                .plus(Duration.ofMinutes(9 * 60 + (entry * 47L) % 300));
    }
}
