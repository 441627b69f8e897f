import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ReferralView } from '@/lib/types';
import { referralKeys } from './keys';

/** What POST /api/referrals takes: the activity, the needs, why, and the person with their consent. */
export interface NewReferral {
  activity: string;
  needs: string[];
  reason: string;
  participant: { reference: string; contact: string; consent: { given: boolean; recordedBy: string; recordedAt: string } };
}

export function makeReferral(referral: NewReferral): Promise<ReferralView> {
  return api.post<ReferralView>('/api/referrals', referral);
}

export function useMakeReferral() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: makeReferral,
    onSuccess: (view) => {
      client.setQueryData(referralKeys.detail(view.id), view);
      void client.invalidateQueries({ queryKey: referralKeys.lists() });
    },
  });
}
