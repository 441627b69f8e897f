import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { Claim } from './claim-listing';
import { importKeys } from './keys';

/** Approves (the organiser joins the group and keeps it current) or declines a claim. */
export function decideClaim(id: string, approve: boolean): Promise<Claim> {
  return approve
    ? answer<Claim>()(api.POST('/api/imports/claims/{id}/approve', { params: { path: { id } } }))
    : answer<Claim>()(api.POST('/api/imports/claims/{id}/decline', { params: { path: { id } } }));
}

export function useDecideClaim() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, approve }: { id: string; approve: boolean }) => decideClaim(id, approve),
    onSettled: () => client.invalidateQueries({ queryKey: importKeys.claims() }),
  });
}
