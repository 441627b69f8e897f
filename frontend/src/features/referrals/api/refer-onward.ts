import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ReferralView } from '@/lib/types';
import { referralKeys } from './keys';

/** What POST /api/referrals/{id}/onward takes: the next activity, the needs carried on, and why. */
export interface OnwardReferral { activity: string; needs: string[]; reason: string }

export function referOnward(id: string, onward: OnwardReferral): Promise<ReferralView> {
  return api.post<ReferralView>(`/api/referrals/${encodeURIComponent(id)}/onward`, onward);
}

/** Refers the person on: the referral's own view, the lists and the path all change. */
export function useReferOnward() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, onward }: { id: string; onward: OnwardReferral }) => referOnward(id, onward),
    onSuccess: () => client.invalidateQueries({ queryKey: referralKeys.all }),
  });
}
