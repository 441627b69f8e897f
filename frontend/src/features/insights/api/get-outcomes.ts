import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, api, sent, type Filters, type QueryOf } from '@/lib/api-client';
import type { Outcomes } from '@/lib/types';
import { insightKeys } from './keys';

export type OutcomesQuery = Filters<QueryOf<'/api/insights/outcomes'>>;

/** What the network achieves: people supported, wellbeing, GP appointments, referrals by status. */
export function getOutcomes(query: OutcomesQuery = {}): Promise<Outcomes> {
  return answer<Outcomes>()(api.GET('/api/insights/outcomes', { params: { query: sent(query) } }));
}

export function useOutcomes(query: OutcomesQuery = {}) {
  return useQuery({ queryKey: insightKeys.view('outcomes', query), queryFn: () => getOutcomes(query), placeholderData: keepPreviousData });
}
