import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Query } from '@/lib/api-client';
import type { GapMatrix } from '@/lib/types';
import { insightKeys } from './keys';

/** Which localities lack which kinds of activity (by category or need), and the biggest gaps ranked. */
export function getGaps(query: Query = {}): Promise<GapMatrix> {
  return api.get<GapMatrix>('/api/insights/gaps', query);
}

export function useGaps(query: Query = {}) {
  return useQuery({ queryKey: insightKeys.view('gaps', query), queryFn: () => getGaps(query), placeholderData: keepPreviousData });
}
