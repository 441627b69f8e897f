import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ReferralView } from '@/lib/types';
import { referralKeys } from './keys';

export function getReferral(id: string): Promise<ReferralView> {
  return api.get<ReferralView>(`/api/referrals/${encodeURIComponent(id)}`);
}

export function useReferral(id: string) {
  return useQuery({ queryKey: referralKeys.detail(id), queryFn: () => getReferral(id) });
}
