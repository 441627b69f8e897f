import { useQueries, useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { VenueView } from '@/lib/types';
import { placeKeys } from './keys';

export function getVenue(id: string): Promise<VenueView> {
  return answer<VenueView>()(api.GET('/api/venues/{id}', { params: { path: { id } } }));
}

export function useVenue(id: string | undefined) {
  return useQuery({ queryKey: placeKeys.venue(id ?? ''), queryFn: () => getVenue(id!), enabled: !!id });
}

/**
 * The venues with these ids, each fetched once and kept (the search answer carries no coordinates); one
 * that cannot be read is left off the map rather than failing it.
 */
export function useVenues(ids: readonly string[]): { venues: VenueView[]; pending: boolean } {
  return useQueries({
    queries: [...new Set(ids)].map((id) => ({
      queryKey: placeKeys.venue(id), queryFn: () => getVenue(id), staleTime: Infinity, retry: false,
    })),
    combine: (results) => ({
      venues: results.flatMap((result) => (result.data ? [result.data] : [])),
      pending: results.some((result) => result.isPending),
    }),
  });
}
