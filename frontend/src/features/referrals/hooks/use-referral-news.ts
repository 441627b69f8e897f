import type { QueryClient } from '@tanstack/react-query';
import type { LiveMessage } from '@/lib/live';
import { useLiveNews } from '@/lib/live-queries';
import { referralNews } from '@/lib/live-messages';
import type { Page, ReferralSummary } from '@/lib/types';
import { getReferrals } from '../api/get-referrals';
import { referralKeys, type ReferralFilters } from '../api/keys';
import { applyReferralMessage, mergeReferrals } from '../utils/referral-state';

/** The user's own referral queue: news of referrals they made or that were made to their groups. */
export const referralQueue = '/user/queue/referrals';

/**
 * A `referral.*` message: a status change moves the row in every list in place (no request); a list that
 * does not hold the referral yet is fetched again; the referral itself, and the paths, are fetched again.
 */
export function applyReferralNews(client: QueryClient, message: LiveMessage): void {
  const news = referralNews(message);
  if (!news) return;
  for (const [key, page] of client.getQueriesData<Page<ReferralSummary>>({ queryKey: referralKeys.lists() })) {
    if (!page) continue;
    const { list, refetch } = applyReferralMessage(page.items, message);
    const { status } = key[2] as ReferralFilters;
    if (list !== page.items) client.setQueryData<Page<ReferralSummary>>(key, { ...page, items: status ? list.filter((r) => r.status === status) : list });
    if (refetch) void client.invalidateQueries({ queryKey: key, exact: true });
  }
  // A new referral may be an onward step of a shown one: its page and path show it.
  const shown = message.type === 'referral.made' ? referralKeys.details() : referralKeys.detail(news.referralId);
  void client.invalidateQueries({ queryKey: shown });
  void client.invalidateQueries({ queryKey: referralKeys.paths() });
}

/**
 * After a reconnect each referral list asks only for the rows changed since the last message seen and
 * merges them in; without that time (or if the question fails) the list is fetched again.
 */
export async function catchUpReferrals(client: QueryClient, since: string | null): Promise<void> {
  const lists = client.getQueryCache().findAll({ queryKey: referralKeys.lists() });
  await Promise.all(lists.map(async (query) => {
    const key = query.queryKey;
    const page = query.state.data as Page<ReferralSummary> | undefined;
    // A list not shown just goes stale: it is fetched whole when it is shown again.
    if (!page || !since || query.getObserversCount() === 0) return client.invalidateQueries({ queryKey: key, exact: true });
    try {
      const changed = await getReferrals(key[2] as ReferralFilters, since);
      client.setQueryData<Page<ReferralSummary>>(key, (current) => {
        if (!current) return current;
        const items = mergeReferrals(current.items, changed.items);
        return { ...current, items, totalItems: current.totalItems + items.length - current.items.length };
      });
    } catch {
      await client.invalidateQueries({ queryKey: key, exact: true });
    }
  }));
}

/** Keeps the referrals in the cache current while the component is shown. */
export function useReferralNews(): void {
  useLiveNews(referralQueue, applyReferralNews);
}
