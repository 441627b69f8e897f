import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { ReferralView } from '@/lib/types';
import { referralKeys } from './keys';

export function getReferral(id: string): Promise<ReferralView> {
  return answer<ReferralView>()(api.GET('/api/referrals/{id}', { params: { path: { id } } }));
}

export function useReferral(id: string) {
  return useQuery({ queryKey: referralKeys.detail(id), queryFn: () => getReferral(id) });
}
