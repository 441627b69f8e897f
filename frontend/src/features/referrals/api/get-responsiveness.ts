import { useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { referralKeys } from './keys';

/** How a listing answers referrals over the last twelve months; null figures with a reason below 5 answers. */
export type Responsiveness = components['schemas']['Responsiveness'];

export type Listing = { kind: 'activity' | 'group'; id: string };

export function getResponsiveness({ kind, id }: Listing): Promise<Responsiveness> {
  const request = kind === 'activity'
    ? api.GET('/api/activities/{id}/responsiveness', { params: { path: { id } } })
    : api.GET('/api/groups/{id}/responsiveness', { params: { path: { id } } });
  return body<Responsiveness>(request);
}

/** Asked only when someone is signed in (`enabled`): the figures come from referrals, which the public never sees. */
export function useResponsiveness(listing: Listing, enabled: boolean) {
  return useQuery({
    queryKey: [...referralKeys.all, 'responsiveness', listing.kind, listing.id] as const,
    queryFn: () => getResponsiveness(listing),
    enabled: enabled && !!listing.id,
    staleTime: 5 * 60_000,
  });
}
