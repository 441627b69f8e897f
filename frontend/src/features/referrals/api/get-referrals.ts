import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, api, sent } from '@/lib/api-client';
import type { Page, ReferralSummary } from '@/lib/types';
import { referralKeys, type ReferralFilters } from './keys';

/** A list of referrals, newest first; with `changedSince`, only those changed since then. */
export function getReferrals(filters: ReferralFilters, changedSince?: string): Promise<Page<ReferralSummary>> {
  return answer<Page<ReferralSummary>>()(api.GET('/api/referrals', { params: { query: { ...sent(filters), changedSince, size: 100 } } }));
}

/** A list kept current by the referral queue; after a reconnect it asks only for what changed (catchesUp). */
export function useReferrals(filters: ReferralFilters) {
  return useQuery({
    queryKey: referralKeys.list(filters), queryFn: () => getReferrals(filters), meta: { catchesUp: true }, placeholderData: keepPreviousData,
  });
}
