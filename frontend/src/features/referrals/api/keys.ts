import type { QueryClient } from '@tanstack/react-query';
import type { QueryOf } from '@/lib/api-client';
import type { Page, ReferralStatus, ReferralSummary, ReferralView } from '@/lib/types';

/** Which referrals a list holds: a provider's inbox or a link worker's outbox, perhaps of one status. */
export type ReferralFilters = { box: NonNullable<QueryOf<'/api/referrals'>['box']>; status: ReferralStatus | '' };

/** The referrals feature's query keys. */
export const referralKeys = {
  all: ['referrals'] as const,
  lists: () => [...referralKeys.all, 'list'] as const,
  list: (filters: ReferralFilters) => [...referralKeys.lists(), filters] as const,
  details: () => [...referralKeys.all, 'detail'] as const,
  detail: (id: string) => [...referralKeys.details(), id] as const,
  paths: () => [...referralKeys.all, 'path'] as const,
  path: (id: string) => [...referralKeys.paths(), id] as const,
};

/**
 * Puts a referral the server just answered with into the cache: its own query, its row in every list
 * (dropped from a list of another status), and the paths, whose steps show its status.
 */
export function cacheReferral(client: QueryClient, view: ReferralView): void {
  client.setQueryData(referralKeys.detail(view.id), view);
  for (const [key, page] of client.getQueriesData<Page<ReferralSummary>>({ queryKey: referralKeys.lists() })) {
    if (!page?.items.some((r) => r.id === view.id)) continue;
    const { status } = key[2] as ReferralFilters;
    const items = page.items
      .map((r) => (r.id === view.id ? { ...r, status: view.status, version: view.version, updatedAt: view.updatedAt } : r))
      .filter((r) => !status || r.status === status);
    client.setQueryData<Page<ReferralSummary>>(key, { ...page, items });
  }
  void client.invalidateQueries({ queryKey: referralKeys.paths() });
}
