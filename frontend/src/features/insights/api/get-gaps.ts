import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, api, sent, type Filters, type QueryOf } from '@/lib/api-client';
import type { GapMatrix } from '@/lib/types';
import { insightKeys } from './keys';

export type GapsQuery = Filters<QueryOf<'/api/insights/gaps'>>;

/** Which localities lack which kinds of activity (by category or need), and the biggest gaps ranked. */
export function getGaps(query: GapsQuery = {}): Promise<GapMatrix> {
  return answer<GapMatrix>()(api.GET('/api/insights/gaps', { params: { query: sent(query) } }));
}

export function useGaps(query: GapsQuery = {}) {
  return useQuery({ queryKey: insightKeys.view('gaps', query), queryFn: () => getGaps(query), placeholderData: keepPreviousData });
}
