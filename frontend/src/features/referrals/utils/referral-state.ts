import type { LiveMessage } from '@/lib/live';
import { referralNews } from '@/lib/live-messages';
import type { ReferralStatus, ReferralSummary } from '@/lib/types';

/** The lifecycle, as the server enforces it (ReferralStatus.next()). */
export const nextStatuses: Record<ReferralStatus, ReferralStatus[]> = {
  SENT: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'],
  ACCEPTED: ['ATTENDING', 'DECLINED', 'WITHDRAWN'],
  ATTENDING: ['COMPLETED', 'WITHDRAWN'],
  COMPLETED: [],
  DECLINED: [],
  WITHDRAWN: [],
};

export type Side = 'receiver' | 'referrer';

/** The moves one side may offer: the referrer only withdraws; the receiving group does the rest. */
export function movesFor(side: Side, status: ReferralStatus): ReferralStatus[] {
  return nextStatuses[status].filter((next) => (side === 'referrer') === (next === 'WITHDRAWN'));
}

export function isOpen(status: ReferralStatus): boolean {
  return nextStatuses[status].length > 0;
}

/**
 * Applies a `/user/queue/referrals` message to a list. A status change updates the row in place (an
 * older version never overwrites a newer one); anything the list does not hold yet asks for a refetch.
 */
export function applyReferralMessage(list: ReferralSummary[], message: LiveMessage, at = message.at):
  { list: ReferralSummary[]; refetch: boolean } {
  const data = referralNews(message);
  if (!data) return { list, refetch: false };
  if (message.type === 'referral.status' && data.to) {
    const index = list.findIndex((r) => r.id === data.referralId);
    if (index < 0) return { list, refetch: true };
    const current = list[index];
    if (data.version !== undefined && data.version < current.version) return { list, refetch: false };
    const next = list.slice();
    next[index] = { ...current, status: data.to, version: data.version ?? current.version, updatedAt: at ?? current.updatedAt };
    return { list: next, refetch: false };
  }
  if (message.type === 'referral.made') {
    return { list, refetch: !list.some((r) => r.id === data.referralId) };
  }
  return { list, refetch: false };
}

/** Merges rows fetched with `changedSince` into a list: changed rows replace old ones, new ones join; newest first. */
export function mergeReferrals(list: ReferralSummary[], changed: ReferralSummary[]): ReferralSummary[] {
  const byId = new Map(list.map((r) => [r.id, r]));
  for (const row of changed) {
    const old = byId.get(row.id);
    if (!old || row.version >= old.version) byId.set(row.id, row);
  }
  return [...byId.values()].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}
