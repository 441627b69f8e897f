import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { TermMapping } from './get-term-mappings';
import { importKeys } from './keys';

export type MapTerm = components['schemas']['ImportRequestsMapTerm'];

/** Maps a feed's term to a category or need (or to nothing); kept for later imports. */
export function mapTerm(request: MapTerm): Promise<TermMapping> {
  return answer<TermMapping>()(api.PUT('/api/imports/term-mappings', { body: request }));
}

export function useMapTerm() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: mapTerm,
    onSuccess: () => client.invalidateQueries({ queryKey: importKeys.all }),
  });
}
