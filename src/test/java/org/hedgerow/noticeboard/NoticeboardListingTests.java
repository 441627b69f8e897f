package org.hedgerow.noticeboard;

import java.time.Instant;

import org.hedgerow.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The board as everyone signed in reads it. Five posts, published in this order: Pat's offer about Belper
 * Walkers (Belper), Pat's ask about Ripley Market Hall (Ripley, within Amber Valley), Quinn's news about
 * Glossop Choir (Glossop, in High Peak), Fran's ask about Amber Valley itself, and Quinn's offer about
 * Glossop, since closed.
 */
class NoticeboardListingTests extends NoticeboardTest {

    String walksOffer;
    String hallAsk;
    String choirNews;
    String volunteersAsk;
    String closedOffer;

    @BeforeEach
    void putUpPosts() throws Exception {
        walksOffer = published("pat", newPost("OFFER", "Spare places on Tuesday walks", "GROUP",
                TestAccounts.OWN_GROUP, "walking", "spare-places"));
        hallAsk = published("pat", newPost("ASK", "Need a hall with a kitchen", "VENUE", MARKET_HALL, "venues"));
        choirNews = published("quinn", newPost("NEWS", "Summer concert", "GROUP", TestAccounts.OTHER_GROUP, "singing"));
        volunteersAsk = published("fran", newPost("ASK", "Looking for volunteers", "LOCALITY", "l-amber", "volunteers"));
        closedOffer = published("quinn", newPost("OFFER", "Free minibus", "LOCALITY", "l-glossop", "volunteers", "transport"));
        close("quinn", closedOffer, """
                {"note": "Taken by the Glossop walkers", "version": 0}""").andExpect(status().isOk());
    }

    @Test
    void openPostsAreListedNewestFirstByDefault() throws Exception {
        list("").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(contains(volunteersAsk, choirNews, hallAsk, walksOffer)))
                .andExpect(jsonPath("$.totalItems").value(4))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20));
    }

    @Test
    void eachPostShowsItsAuthorSubjectLocalityAndReplyCount() throws Exception {
        reply("lee", walksOffer, "I know someone who would love this").andExpect(status().isCreated());
        reply("quinn", walksOffer, "Could our choir join one?").andExpect(status().isCreated());

        list("?kind=OFFER")
                .andExpect(jsonPath("$.items[0].id").value(walksOffer))
                .andExpect(jsonPath("$.items[0].author.name").value("Pat"))
                .andExpect(jsonPath("$.items[0].about.kind").value("GROUP"))
                .andExpect(jsonPath("$.items[0].about.name").value("Belper Walkers"))
                .andExpect(jsonPath("$.items[0].locality.code").value("BELPER"))
                .andExpect(jsonPath("$.items[0].locality.name").value("Belper"))
                .andExpect(jsonPath("$.items[0].replyCount").value(2));
        list("?kind=ASK").andExpect(jsonPath("$.items[0].author.name").value("Fran"));
    }

    @Test
    void aLocalityTakesInEveryLocalityWithinItAtAnyDepth() throws Exception {
        list("?locality=BELPER").andExpect(jsonPath("$.items[*].id").value(contains(walksOffer)));
        list("?locality=AMBER")
                .andExpect(jsonPath("$.items[*].id").value(contains(volunteersAsk, hallAsk, walksOffer)))
                .andExpect(jsonPath("$.totalItems").value(3));
        list("?locality=HIGHPEAK").andExpect(jsonPath("$.items[*].id").value(contains(choirNews)));
        list("?locality=DDICS").andExpect(jsonPath("$.totalItems").value(4));
    }

    @Test
    void kindTopicAndStatusNarrowTheList() throws Exception {
        list("?kind=ASK").andExpect(jsonPath("$.items[*].id").value(contains(volunteersAsk, hallAsk)));
        list("?topic=volunteers").andExpect(jsonPath("$.items[*].id").value(contains(volunteersAsk)));
        list("?topic=volunteers&status=ALL").andExpect(jsonPath("$.items[*].id").value(contains(closedOffer, volunteersAsk)));
        list("?status=CLOSED")
                .andExpect(jsonPath("$.items[*].id").value(contains(closedOffer)))
                .andExpect(jsonPath("$.items[0].status").value("CLOSED"))
                .andExpect(jsonPath("$.items[0].closedNote").value("Taken by the Glossop walkers"))
                .andExpect(jsonPath("$.items[0].closedAt").exists());
        list("?status=ALL").andExpect(jsonPath("$.totalItems").value(5));
        list("?locality=AMBER&kind=ASK&topic=venues").andExpect(jsonPath("$.items[*].id").value(contains(hallAsk)));
        list("?locality=GLOSSOP&kind=ASK").andExpect(jsonPath("$.items").value(empty()));
    }

    @Test
    void pagesFollowOnAndCountEveryMatch() throws Exception {
        list("?size=2").andExpect(jsonPath("$.items[*].id").value(contains(volunteersAsk, choirNews)))
                .andExpect(jsonPath("$.totalItems").value(4));
        list("?size=2&page=1").andExpect(jsonPath("$.items[*].id").value(contains(hallAsk, walksOffer)))
                .andExpect(jsonPath("$.page").value(1));
        list("?size=2&page=2").andExpect(jsonPath("$.items").value(empty()))
                .andExpect(jsonPath("$.totalItems").value(4));
    }

    @Test
    void anUnknownLocalityIsRefusedNamingIt() throws Exception {
        list("?locality=ATLANTIS").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.locality").value("there is no locality with the code ATLANTIS"));
    }

    @Test
    void badFiltersAreEachNamed() throws Exception {
        list("?kind=SALE&status=SOMETIMES&topic=X").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kind").value("must be OFFER, ASK or NEWS"))
                .andExpect(jsonPath("$.errors.status").value("must be OPEN, CLOSED or ALL"))
                .andExpect(jsonPath("$.errors.topic").exists());
        list("?size=0").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.size").exists());
    }

    @Test
    void changedSinceListsThePostsEditedOrRepliedToSinceThen() throws Exception {
        Thread.sleep(5); // so that nothing put up before is at the instant itself
        Instant since = Instant.now();
        change("pat", walksOffer, """
                {"text": "Thursdays too now", "version": 0}""").andExpect(status().isOk());
        reply("lee", hallAsk, "Try the Strutts Centre").andExpect(status().isCreated());

        list("?status=ALL&changedSince=" + since).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(contains(hallAsk, walksOffer)));
    }

    @Test
    void linkWorkersReadTheBoardToo() throws Exception {
        read("lee", "/api/posts").andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(4));
    }

    private ResultActions list(String query) throws Exception {
        return read("pat", "/api/posts" + query);
    }
}
