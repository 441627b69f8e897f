import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { ReferralView } from '@/lib/types';
import { referralKeys } from './keys';

/** What POST /api/referrals takes: the activity, the needs, why, and the person with their consent. */
export type NewReferral = components['schemas']['NewReferral'];

export function makeReferral(referral: NewReferral): Promise<ReferralView> {
  return answer<ReferralView>()(api.POST('/api/referrals', { body: referral }));
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
