import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { ReferralView } from '@/lib/types';
import { referralKeys } from './keys';

/** What POST /api/referrals/{id}/onward takes: the next activity, the needs carried on, and why. */
export type OnwardReferral = components['schemas']['OnwardReferral'];

export function referOnward(id: string, onward: OnwardReferral): Promise<ReferralView> {
  return answer<ReferralView>()(api.POST('/api/referrals/{id}/onward', { params: { path: { id } }, body: onward }));
}

/** Refers the person on: the referral's own view, the lists and the path all change. */
export function useReferOnward() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, onward }: { id: string; onward: OnwardReferral }) => referOnward(id, onward),
    onSuccess: () => client.invalidateQueries({ queryKey: referralKeys.all }),
  });
}
