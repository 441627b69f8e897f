import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { DeclineReason, ReferralStatus, ReferralView } from '@/lib/types';
import { cacheReferral } from './keys';

/** ONS4 wellbeing answers (0–10 each, or null when not asked). */
export type Wellbeing = Record<'satisfied' | 'worthwhile' | 'happy' | 'anxious', number | null>;

/** What POST /api/referrals/{id}/status takes: the move, the version it moves from, and what the move needs. */
export interface StatusChange {
  status: ReferralStatus;
  version: number;
  overrideCapacity?: boolean;
  declineReason?: DeclineReason;
  note?: string;
  outcomes?: {
    wellbeingStart: Wellbeing | null; wellbeingEnd: Wellbeing | null;
    gpAppointmentsBefore: number | null; gpAppointmentsAfter: number | null;
  };
}

export function changeReferralStatus(id: string, change: StatusChange): Promise<ReferralView> {
  return api.post<ReferralView>(`/api/referrals/${encodeURIComponent(id)}/status`, change);
}

export function useChangeReferralStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: StatusChange }) => changeReferralStatus(id, change),
    onSuccess: (view) => cacheReferral(client, view),
  });
}
