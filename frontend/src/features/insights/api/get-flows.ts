import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, api, sent, type Filters, type QueryOf } from '@/lib/api-client';
import type { Flows } from '@/lib/types';
import { insightKeys } from './keys';

export type FlowsQuery = Filters<QueryOf<'/api/insights/flows'>>;

/** Where referrals flow: from link workers and their PCNs to groups, and from group to group. */
export function getFlows(query: FlowsQuery = {}): Promise<Flows> {
  return answer<Flows>()(api.GET('/api/insights/flows', { params: { query: sent(query) } }));
}

export function useFlows(query: FlowsQuery = {}) {
  return useQuery({ queryKey: insightKeys.view('flows', query), queryFn: () => getFlows(query), placeholderData: keepPreviousData });
}
