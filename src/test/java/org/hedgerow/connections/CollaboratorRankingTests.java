package org.hedgerow.connections;

import java.util.ArrayList;
import java.util.List;

import org.hedgerow.connections.Collaborator.Reason;
import org.hedgerow.connections.Collaborator.Step;
import org.hedgerow.connections.Collaborator.StepKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CollaboratorRankingTests {

    @Test
    void oneStrongerReasonOutweighsEveryWeakerOneTogether() {
        int allWeaker = ReasonKind.SHARED_VENUE.weight() + ReasonKind.ORGANISERS_KNOW_SOMEONE_IN_COMMON.weight()
                + ReasonKind.SAME_LOCALITY_NEW_CATEGORIES.weight();

        assertThat(ReasonKind.REFERRALS_SENT.weight()).isGreaterThan(allWeaker);
        assertThat(ReasonKind.ORGANISERS_KNOW_EACH_OTHER.weight())
                .isGreaterThan(allWeaker + ReasonKind.REFERRALS_SENT.weight());
    }

    @Test
    void onATieMoreOfTheStrongestReasonComesFirstThenTheName() {
        var few = collaborator("Aardvark Allotments", reason(ReasonKind.REFERRALS_SENT, 2), reason(ReasonKind.SHARED_VENUE, 5));
        var many = collaborator("Zebra Walkers", reason(ReasonKind.REFERRALS_SENT, 9), reason(ReasonKind.SHARED_VENUE, 1));
        var alsoMany = collaborator("Yew Tree Choir", reason(ReasonKind.REFERRALS_SENT, 9), reason(ReasonKind.SHARED_VENUE, 1));

        var ranked = new ArrayList<>(List.of(few, many, alsoMany));
        ranked.sort(CollaboratorSuggestions.BEST_FIRST);

        assertThat(ranked).extracting(c -> c.group().name())
                .containsExactly("Yew Tree Choir", "Zebra Walkers", "Aardvark Allotments");
    }

    @Test
    void sentencesReadAsPeopleWouldSayThem() {
        var steps = List.of(new Step(StepKind.GROUP, "g", "Walkers"), new Step(StepKind.ACTIVITY, "a", "Walk"),
                new Step(StepKind.VENUE, "v", "Strutt Centre"), new Step(StepKind.ACTIVITY, "b", "Yoga"),
                new Step(StepKind.GROUP, "o", "Yoga Club"));
        assertThat(CollaboratorSuggestions.Sentences.of(ReasonKind.SHARED_VENUE, steps, 3, List.of()))
                .isEqualTo("Both meet at Strutt Centre, and at 2 other venues");

        var place = List.of(new Step(StepKind.GROUP, "g", "Walkers"), new Step(StepKind.LOCALITY, "l", "Belper"));
        assertThat(CollaboratorSuggestions.Sentences.of(ReasonKind.SAME_LOCALITY_NEW_CATEGORIES, place, 5,
                List.of("Arts", "Music", "Nature", "Advice", "Digital")))
                .isEqualTo("Also in Belper, and runs Arts, Music, Nature and 2 more, which you don't");
        assertThat(CollaboratorSuggestions.Sentences.of(ReasonKind.SAME_LOCALITY_NEW_CATEGORIES, place, 2,
                List.of("Arts", "Music")))
                .isEqualTo("Also in Belper, and runs Arts and Music, which you don't");
    }

    private static Collaborator collaborator(String name, Reason... reasons) {
        int score = List.of(reasons).stream().mapToInt(Reason::weight).sum();
        return new Collaborator(new Step(StepKind.GROUP, name, name), null, score, List.of(reasons));
    }

    private static Reason reason(ReasonKind kind, long count) {
        return new Reason(kind, kind.weight(), "", List.of(), List.of(), count);
    }
}
