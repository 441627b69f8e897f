import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { importKeys } from './keys';

export type Claim = components['schemas']['ListingClaimsClaimView'];

/** An organiser says an imported group (or the group of an imported activity) is theirs to keep current. */
export function claimListing(listing: string, note?: string): Promise<Claim> {
  return answer<Claim>()(api.POST('/api/imports/claims', { body: { listing, note } }));
}

export function useClaimListing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ listing, note }: { listing: string; note?: string }) => claimListing(listing, note),
    onSuccess: () => client.invalidateQueries({ queryKey: importKeys.claims() }),
  });
}
