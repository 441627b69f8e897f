import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { ReferralView } from '@/lib/types';
import { cacheReferral } from './keys';

/** ONS4 wellbeing answers (0–10 each, or null when not asked). */
export type Wellbeing = components['schemas']['OutcomesWellbeing'];

/** What POST /api/referrals/{id}/status takes: the move, the version it moves from, and what the move needs. */
export type StatusChange = components['schemas']['StatusRequest'];

export function changeReferralStatus(id: string, change: StatusChange): Promise<ReferralView> {
  return answer<ReferralView>()(api.POST('/api/referrals/{id}/status', { params: { path: { id } }, body: change }));
}

export function useChangeReferralStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: StatusChange }) => changeReferralStatus(id, change),
    onSuccess: (view) => cacheReferral(client, view),
  });
}
