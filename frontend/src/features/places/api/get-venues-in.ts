import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { Page, VenueView } from '@/lib/types';
import { placeKeys } from './keys';

export function getVenuesIn(locality: string): Promise<Page<VenueView>> {
  return answer<Page<VenueView>>()(api.GET('/api/venues', { params: { query: { locality, size: 200 } } }));
}

/** The venues in a place and everything within it (up to 200), e.g. to move one session somewhere nearby. */
export function useVenuesIn(locality: string | undefined) {
  return useQuery({
    queryKey: [...placeKeys.all, 'venues-in', locality ?? ''] as const,
    queryFn: () => getVenuesIn(locality!), enabled: !!locality,
  });
}
