/**
 * The data of each kind of live message (the live contract), read in one place: views ask for the news
 * they care about and get null for any other kind of message.
 */
import type { LiveMessage } from './live';
import type { ReferralStatus } from './types';

/** `activity.*` on a locality topic; `activity.capacity` also carries capacity and spacesLeft. */
export interface ActivityNews {
  activityId: string; groupId: string; localityCode: string; version: number;
  capacity?: number | null; spacesLeft?: number | null;
}

/**
 * `activity.session` on a locality topic and, for whoever has an open referral into the activity, on
 * /user/queue/referrals: one session cancelled, changed, or put back (AS_PLANNED). No version: the listing's
 * own version does not move, so every view showing the activity fetches it again.
 */
export interface SessionNews {
  activityId: string; activityName: string; groupId: string; localityCode: string; date: string;
  status: 'AS_PLANNED' | 'CANCELLED' | 'CHANGED'; note: string | null; venueId: string | null; venueName: string | null;
  startTime: string | null;
}

/** `post.published`, `post.replied`, `post.closed` on a locality topic (no title: fetch the post). */
export interface PostNews { postId: string; localityCode: string; replyId?: string; kind?: string; aboutKind?: string; aboutId?: string }

/** `referral.made` and `referral.status` on /user/queue/referrals. */
export interface ReferralNews {
  referralId: string; activityId: string; groupId: string;
  status?: ReferralStatus; from?: ReferralStatus; to?: ReferralStatus; version?: number;
}

/** `network.changed` on /topic/network: aggregates only. */
export interface NetworkChange { what: string; change: string; localityCode: string | null; counts: Record<string, number> }

function news<T>(message: LiveMessage, prefix: string): T | null {
  return message.type.startsWith(prefix) ? (message.data as unknown as T) : null;
}

export const activityNews = (message: LiveMessage) => news<ActivityNews>(message, 'activity.');

/**
 * Whether a message is news about this shown activity that it does not show yet: same id and a newer
 * version (or none). A change the page made itself, already shown from its answer, is not news.
 */
export function changesShown(message: LiveMessage, shown: { id: string; version: number }): boolean {
  const news = activityNews(message);
  return news !== null && news.activityId === shown.id && !(news.version <= shown.version);
}
export const sessionNews = (message: LiveMessage) =>
  (message.type === 'activity.session' ? (message.data as unknown as SessionNews) : null);
export const postNews = (message: LiveMessage) => news<PostNews>(message, 'post.');
export const referralNews = (message: LiveMessage) => news<ReferralNews>(message, 'referral.');
export const networkChange = (message: LiveMessage) => news<NetworkChange>(message, 'network.');
