package org.hedgerow.referral;

import java.time.Instant;
import java.util.List;

/**
 * What erasing one participant reference did, by count and id only.
 *
 * @param participants how many participant records with that reference were erased (a reference is the referrer's
 *                     own: each first referral records the person afresh, onward referrals share the record)
 * @param referrals    how many referrals had their personal details erased
 * @param withdrawn    the ids of the open referrals withdrawn (their receiving groups are told)
 * @param at           when
 */
record Erasure(long participants, long referrals, List<String> withdrawn, Instant at) {
}
