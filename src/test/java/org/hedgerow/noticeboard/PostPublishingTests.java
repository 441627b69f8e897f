package org.hedgerow.noticeboard;

import org.hedgerow.TestAccounts;
import org.hedgerow.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PostPublishingTests extends NoticeboardTest {

    @Test
    void aProviderPostsAsTheirOrganiserAndThePostIsPlacedWhereTheGroupIsBased() throws Exception {
        var created = publish("pat", newPost("OFFER", "Spare places on Tuesday walks", "GROUP",
                TestAccounts.OWN_GROUP, "walking", "spare-places"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/posts/")))
                .andExpect(jsonPath("$.kind").value("OFFER"))
                .andExpect(jsonPath("$.title").value("Spare places on Tuesday walks"))
                .andExpect(jsonPath("$.text").value("Details for Spare places on Tuesday walks"))
                .andExpect(jsonPath("$.topics[0]").value("walking"))
                .andExpect(jsonPath("$.topics[1]").value("spare-places"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.createdAt").exists())
                .andExpect(jsonPath("$.closedAt").value(nullValue()))
                .andExpect(jsonPath("$.author.name").value("Pat"))
                .andExpect(jsonPath("$.author.role").value("PROVIDER"))
                .andExpect(jsonPath("$.author.organiserId").value("o-pat"))
                .andExpect(jsonPath("$.about.kind").value("GROUP"))
                .andExpect(jsonPath("$.about.id").value(TestAccounts.OWN_GROUP))
                .andExpect(jsonPath("$.about.name").value("Belper Walkers"))
                .andExpect(jsonPath("$.locality.code").value("BELPER"))
                .andExpect(jsonPath("$.locality.name").value("Belper"))
                .andExpect(jsonPath("$.replyCount").value(0))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse();

        read("pat", created.getHeader("Location")).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Spare places on Tuesday walks"));
        assertThat(TestGraph.count(neo4j, "MATCH (:Post)-[:POSTED_BY]->(:Organiser {id: 'o-pat'}) RETURN count(*)"))
                .isEqualTo(1);
    }

    @Test
    void aPostIsPlacedInTheLocalityOfWhatItIsAbout() throws Exception {
        // An activity is where its venue is (the Tuesday walk meets in Ripley, though the group is based in Belper) …
        publish("pat", newPost("NEWS", "New route", "ACTIVITY", TUESDAY_WALK, "walking"))
                .andExpect(jsonPath("$.locality.code").value("RIPLEY"))
                .andExpect(jsonPath("$.about.name").value("Tuesday walk"));
        // … or, with no venue, where its group is based.
        publish("quinn", newPost("OFFER", "Join online", "ACTIVITY", ONLINE_SING, "singing"))
                .andExpect(jsonPath("$.locality.code").value("GLOSSOP"));
        publish("pat", newPost("ASK", "Kitchen wanted", "VENUE", STRUTTS, "venues"))
                .andExpect(jsonPath("$.locality.code").value("BELPER"))
                .andExpect(jsonPath("$.about.kind").value("VENUE"));
        publish("pat", newPost("NEWS", "Amber Valley forum", "LOCALITY", "l-amber", "forum"))
                .andExpect(jsonPath("$.locality.code").value("AMBER"))
                .andExpect(jsonPath("$.about.name").value("Amber Valley"));
    }

    @Test
    void facilitatorsAndAdminsPostAsTheirAccount() throws Exception {
        publish("fran", newPost("NEWS", "Funding round open", "LOCALITY", "l-amber", "funding"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author.name").value("Fran"))
                .andExpect(jsonPath("$.author.role").value("FACILITATOR"))
                .andExpect(jsonPath("$.author.organiserId").value(nullValue()));
        publish("ada", newPost("NEWS", "Planned downtime", "LOCALITY", "l-dd", "hedgerow"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author.name").value("Ada"))
                .andExpect(jsonPath("$.author.role").value("ADMIN"));

        assertThat(TestGraph.count(neo4j, "MATCH (:Post)-[:POSTED_BY]->(:Account) RETURN count(*)")).isEqualTo(2);
    }

    @Test
    void aProviderMayPostAboutSomeoneElsesGroupOrVenue() throws Exception {
        publish("quinn", newPost("ASK", "Could we join a walk?", "GROUP", TestAccounts.OWN_GROUP, "walking"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author.name").value("Quinn"))
                .andExpect(jsonPath("$.locality.code").value("BELPER"));
    }

    @Test
    void linkWorkersReadAndReplyButDoNotPost() throws Exception {
        publish("lee", newPost("ASK", "Anything for carers?", "LOCALITY", "l-belper", "carers"))
                .andExpect(status().isForbidden());

        assertThat(posts()).isZero();
    }

    @Test
    void badFieldsAreEachNamedAndNothingIsPosted() throws Exception {
        publish("pat", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kind").exists())
                .andExpect(jsonPath("$.errors.title").exists())
                .andExpect(jsonPath("$.errors.text").exists())
                .andExpect(jsonPath("$.errors.topics").exists())
                .andExpect(jsonPath("$.errors.about").exists());
        publish("pat", """
                {"kind": "SALE", "title": "ab", "text": " ", "topics": [],
                 "about": {"kind": "PERSON", "id": ""}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kind").value("must be OFFER, ASK or NEWS"))
                .andExpect(jsonPath("$.errors.title").exists())
                .andExpect(jsonPath("$.errors.text").exists())
                .andExpect(jsonPath("$.errors.topics").value("give 1 to 5 topics"))
                .andExpect(jsonPath("$.errors['about.kind']").value("must be GROUP, ACTIVITY, VENUE or LOCALITY"))
                .andExpect(jsonPath("$.errors['about.id']").exists());
        publish("pat", newPost("ASK", "Too many topics", "GROUP", TestAccounts.OWN_GROUP, "a1", "b2", "c3", "d4", "e5", "f6"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.topics").value("give 1 to 5 topics"));
        publish("pat", newPost("ASK", "Shouty topic", "GROUP", TestAccounts.OWN_GROUP, "walking", "Volunteers!"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['topics[1]']").value("a topic is 2 to 30 lower-case letters, digits or '-'"));
        publish("pat", newPost("ASK", "x".repeat(121), "GROUP", TestAccounts.OWN_GROUP, "walking"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.title").exists());

        assertThat(posts()).isZero();
    }

    @Test
    void anUnknownSubjectIsRefusedNamingTheField() throws Exception {
        publish("pat", newPost("ASK", "Ghost group", "GROUP", "g-no-such-group", "venues"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['about.id']").value("there is no group with the id g-no-such-group"));
        // The id must be of the kind named: a venue is not a group.
        publish("pat", newPost("ASK", "Wrong kind", "GROUP", STRUTTS, "venues"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['about.id']").exists());

        assertThat(posts()).isZero();
    }

    @Test
    void repeatedTopicsAreKeptOnce() throws Exception {
        publish("pat", newPost("OFFER", "Spare places", "GROUP", TestAccounts.OWN_GROUP, "walking", "walking", "free"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.topics.length()").value(2));
    }

    @Test
    void aPublishedPostIsAnnouncedAfterCommitWithPublicFactsOnly() throws Exception {
        String id = published("pat", newPost("ASK", "Kitchen wanted", "VENUE", STRUTTS, "venues"));

        assertThat(events.ofType(PostPublished.class)).containsExactly(
                new PostPublished(id, PostKind.ASK, "BELPER", AboutKind.VENUE, STRUTTS, "Kitchen wanted"));
    }

    @Test
    void aRefusedPostIsNotAnnounced() throws Exception {
        publish("pat", newPost("ASK", "Ghost group", "GROUP", "g-no-such-group", "venues")).andExpect(status().isBadRequest());
        publish("lee", newPost("ASK", "Not a poster", "GROUP", TestAccounts.OWN_GROUP, "venues")).andExpect(status().isForbidden());

        assertThat(events.ofType(PostPublished.class)).isEmpty();
    }

    @Autowired PostPublishing publishing;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aPostWhoseTransactionRollsBackIsNeitherKeptNorAnnounced() {
        String pat = TestAccounts.accountId(neo4j, "pat");
        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            publishing.publish(pat, new NewPost("NEWS", "Never mind", "Rolled back", java.util.List.of("news"),
                    new NewPost.About("GROUP", TestAccounts.OWN_GROUP), null));
            transaction.setRollbackOnly();
        });

        assertThat(events.ofType(PostPublished.class)).isEmpty();
        assertThat(posts()).isZero();
    }
}
