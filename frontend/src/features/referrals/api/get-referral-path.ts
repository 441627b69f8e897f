import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { ReferralPath } from '@/lib/types';
import { referralKeys } from './keys';

/** The person's path through the network: this referral with those before and after it. */
export function getReferralPath(id: string): Promise<ReferralPath> {
  return answer<ReferralPath>()(api.GET('/api/referrals/{id}/path', { params: { path: { id } } }));
}

export function useReferralPath(id: string) {
  return useQuery({ queryKey: referralKeys.path(id), queryFn: () => getReferralPath(id) });
}
