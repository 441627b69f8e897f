package org.hedgerow.referral;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.hedgerow.core.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hedgerow.referral.ReferralStatus.ACCEPTED;
import static org.hedgerow.referral.ReferralStatus.ATTENDING;
import static org.hedgerow.referral.ReferralStatus.COMPLETED;
import static org.hedgerow.referral.ReferralStatus.DECLINED;
import static org.hedgerow.referral.ReferralStatus.SENT;
import static org.hedgerow.referral.ReferralStatus.WITHDRAWN;

class ReferralLifecycleTests {

    /** The lifecycle as the issue states it, written out pair by pair rather than read back from the code. */
    private static final Set<List<ReferralStatus>> LEGAL = Set.of(
            List.of(SENT, ACCEPTED), List.of(SENT, DECLINED), List.of(SENT, WITHDRAWN),
            List.of(ACCEPTED, ATTENDING), List.of(ACCEPTED, DECLINED), List.of(ACCEPTED, WITHDRAWN),
            List.of(ATTENDING, COMPLETED), List.of(ATTENDING, WITHDRAWN));

    static Stream<Arguments> everyPair() {
        var pairs = new ArrayList<Arguments>();
        for (var from : ReferralStatus.values()) {
            for (var to : ReferralStatus.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyPair")
    void legalMovesAreMadeAndIllegalOnesAreRefusedNamingWhatIsAllowed(ReferralStatus from, ReferralStatus to) {
        var referral = new Referral("r-1", from, 3);
        if (LEGAL.contains(List.of(from, to))) {
            var change = referral.moveTo(to, "note", DeclineReason.FULL, false, null);
            assertThat(change.from()).isEqualTo(from);
            assertThat(change.to()).isEqualTo(to);
            assertThat(change.party()).isEqualTo(to == WITHDRAWN ? Party.REFERRER : Party.RECEIVER);
        }
        else {
            var allowed = LEGAL.stream().filter(pair -> pair.get(0) == from).map(pair -> pair.get(1)).toList();
            assertThatThrownBy(() -> referral.moveTo(to, "note", DeclineReason.FULL, true, null))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> {
                        assertThat(refused.allowed()).containsExactlyInAnyOrderElementsOf(allowed);
                        assertThat(refused.from()).isEqualTo(from);
                        assertThat(refused.to()).isEqualTo(to);
                        assertThat(refused.getMessage()).contains(from.name(), to.name());
                    });
        }
    }

    @Test
    void eachNamedMoveIsGuardedByTheLifecycle() {
        assertThat(new Referral("r", SENT, 0).accept(false, null).to()).isEqualTo(ACCEPTED);
        assertThat(new Referral("r", ACCEPTED, 0).startAttending(null).to()).isEqualTo(ATTENDING);
        assertThat(new Referral("r", ATTENDING, 0).complete(null, null).to()).isEqualTo(COMPLETED);
        assertThat(new Referral("r", SENT, 0).withdraw("moved away").note()).isEqualTo("moved away");
        assertThatThrownBy(() -> new Referral("r", DECLINED, 0).accept(true, null))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("has ended");
        assertThatThrownBy(() -> new Referral("r", SENT, 0).startAttending(null))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused ->
                        assertThat(refused.allowed()).containsExactly(ACCEPTED, DECLINED, WITHDRAWN));
        assertThatThrownBy(() -> new Referral("r", COMPLETED, 0).withdraw(null))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused ->
                        assertThat(refused.allowed()).isEmpty());
    }

    @Test
    void aDeclineNeedsAReasonAndOtherNeedsANote() {
        var sent = new Referral("r", SENT, 0);
        assertThatThrownBy(() -> sent.decline(null, "sorry"))
                .isInstanceOfSatisfying(InvalidRequestException.class, bad ->
                        assertThat(bad.fieldErrors()).containsKey("declineReason"));
        assertThatThrownBy(() -> sent.decline(DeclineReason.OTHER, " "))
                .isInstanceOfSatisfying(InvalidRequestException.class, bad ->
                        assertThat(bad.fieldErrors()).containsKey("note"));
        assertThat(sent.decline(DeclineReason.OTHER, "Runs on the wrong day for them").declineReason())
                .isEqualTo(DeclineReason.OTHER);
        assertThat(sent.decline(DeclineReason.FULL, null).to()).isEqualTo(DECLINED);
    }

    /** The statement writes a move only from these statuses, so they must be exactly where moveTo allows it. */
    @Test
    void aMoveIsWrittenOnlyFromTheStatusesTheLifecycleAllowsItFromAndAnIncompleteDeclineFromNone() {
        for (var to : ReferralStatus.values()) {
            var allowedFrom = LEGAL.stream().filter(pair -> pair.get(1) == to).map(pair -> pair.get(0)).toList();
            assertThat(Referral.movableFrom(to, DeclineReason.FULL, null)).as(to.name())
                    .containsExactlyInAnyOrderElementsOf(allowedFrom);
        }
        assertThat(Referral.movableFrom(DECLINED, null, "sorry")).isEmpty();
        assertThat(Referral.movableFrom(DECLINED, DeclineReason.OTHER, " ")).isEmpty();
        assertThat(Referral.movableFrom(DECLINED, DeclineReason.OTHER, "Evenings only")).containsExactlyInAnyOrder(SENT,
                ACCEPTED);
    }

    @Test
    void onlyTheReferrerWithdrawsAndTheReceivingGroupMakesEveryOtherMove() {
        for (var to : EnumSet.complementOf(EnumSet.of(SENT))) {
            assertThat(to.madeBy()).as(to.name()).isEqualTo(to == WITHDRAWN ? Party.REFERRER : Party.RECEIVER);
        }
    }
}
