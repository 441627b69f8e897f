import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { Erasure } from './erase-personal-data';
import { personalDataKeys } from './keys';

/** Records that the person withdrew consent: their details are erased, their open referrals withdrawn. */
export function withdrawConsent(reference: string): Promise<Erasure> {
  return body(api.POST('/api/personal-data/consent-withdrawal', { body: { reference } }));
}

export function useWithdrawConsent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: withdrawConsent,
    onSuccess: (_, reference) => client.removeQueries({ queryKey: personalDataKeys.subjectAccess(reference) }),
  });
}
