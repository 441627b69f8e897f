package org.hedgerow.noticeboard;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans made at a gathering, put on the noticeboard as posts linked to it ({@code (:Post)-[:PLANNED_AT]->(:Gathering)}),
 * so the providers who were not there read them where they read everything else. The gatherings module decides
 * who may record a plan; the post is written, placed and announced ({@link PostPublished}) as any other.
 */
@Component
public class PlansFromGatherings {

    /** The topic every plan from a gathering carries, so they can be found together. */
    public static final String TOPIC = "gathering-plan";

    private final PostPublishing publishing;

    PlansFromGatherings(PostPublishing publishing) {
        this.publishing = publishing;
    }

    /**
     * Posts a plan as the account, in the caller's transaction.
     *
     * @param aboutKind {@code VENUE} or {@code LOCALITY}: where the gathering was, which places the post
     * @param aboutId   that venue's or locality's id
     * @return the post as the noticeboard shows it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PostView publish(String accountId, String gatheringId, String aboutKind, String aboutId, String title,
                            String text) {
        return publishing.publish(accountId, new NewPost(PostKind.NEWS.name(), title, text, List.of(TOPIC),
                new NewPost.About(aboutKind, aboutId), gatheringId));
    }
}
