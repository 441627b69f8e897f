import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { personalDataKeys } from './keys';

export type Erasure = components['schemas']['Erasure'];

/** Erases the person's personal details at their request; their open referrals are withdrawn. */
export function erasePersonalData(reference: string): Promise<Erasure> {
  return body(api.POST('/api/personal-data/erasure', { body: { reference } }));
}

export function useErasePersonalData() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: erasePersonalData,
    onSuccess: (_, reference) => client.removeQueries({ queryKey: personalDataKeys.subjectAccess(reference) }),
  });
}
