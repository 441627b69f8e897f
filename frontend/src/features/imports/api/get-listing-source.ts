import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { importKeys } from './keys';

export type ListingSource = components['schemas']['ListingStoreSource'];

/** Where a group, activity or venue was imported from; empty if it was not imported. */
export function getListingSource(listing: string): Promise<ListingSource[]> {
  return answer<ListingSource[]>()(api.GET('/api/imports/sources/{listing}', { params: { path: { listing } } }));
}

export function useListingSource(listing: string | undefined) {
  return useQuery({
    queryKey: importKeys.source(listing ?? ''),
    queryFn: () => getListingSource(listing!),
    enabled: !!listing,
  });
}
