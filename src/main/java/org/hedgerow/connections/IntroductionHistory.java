package org.hedgerow.connections;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Introductions that happened before now, e.g. in a demo network's year: asked and answered through the very
 * statements the API uses (an accepted one becomes a {@code KNOWS} edge from the day it was accepted), dated when
 * they happened and announced to no one. A refusal throws as the API would refuse.
 */
@Component
public class IntroductionHistory {

    private final Introductions introductions;

    IntroductionHistory(Introductions introductions) {
        this.introductions = introductions;
    }

    /** Organiser {@code from}, acting through {@code accountId}, asks {@code at}; returns the introduction. */
    @Transactional
    public IntroductionView ask(String accountId, String from, IntroductionRequest request, Instant at) {
        return introductions.request(accountId, from, request, at);
    }

    /** The organiser asked (through {@code accountId}) accepts or declines {@code at}. */
    @Transactional
    public IntroductionView answer(String introductionId, String accountId, IntroductionStatus answer,
                                   IntroductionAnswer words, Instant at) {
        if (answer == IntroductionStatus.REQUESTED) {
            throw new IllegalArgumentException("An answer accepts or declines");
        }
        return introductions.answer(introductionId, accountId, words, answer, at);
    }
}
