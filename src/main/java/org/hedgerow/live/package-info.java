/**
 * Live updates: the changes other features announce after they commit become STOMP messages over
 * {@code /ws}, sent to the people they concern and no one else.
 * <ul>
 *   <li>{@code /topic/localities.{code}}: public changes to activities, spaces and noticeboard posts in a
 *       locality and everything within it (ids and public facts only);</li>
 *   <li>{@code /topic/network}: facilitators' and admins' live map (what changed, and the network's counts);</li>
 *   <li>{@code /user/queue/referrals} and {@code /user/queue/introductions}: ids and status, only to the
 *       link worker and organisers concerned; a session change ({@code activity.session}) also goes to the referral
 *       queue of whoever has an open referral into the activity;</li>
 *   <li>{@code /user/queue/notifications}: that the person has new notifications (no content).</li>
 *   <li>{@code /user/queue/imports}: an import's progress, to whoever started it.</li>
 * </ul>
 * Each message is a {@link org.hedgerow.live.LiveMessage}: a per-destination sequence number, the commit
 * time, a type and its data. Messages go out in the order their changes were seen to commit, on one
 * sender thread; a change that rolls back sends nothing. The in-memory broker serves one instance;
 * {@code hedgerow.live.broker=relay} relays to RabbitMQ's STOMP plugin so several instances share it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live updates")
@org.jspecify.annotations.NullMarked
package org.hedgerow.live;
