import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Query } from '@/lib/api-client';
import type { Outcomes } from '@/lib/types';
import { insightKeys } from './keys';

/** What the network achieves: people supported, wellbeing, GP appointments, referrals by status. */
export function getOutcomes(query: Query = {}): Promise<Outcomes> {
  return api.get<Outcomes>('/api/insights/outcomes', query);
}

export function useOutcomes(query: Query = {}) {
  return useQuery({ queryKey: insightKeys.view('outcomes', query), queryFn: () => getOutcomes(query), placeholderData: keepPreviousData });
}
