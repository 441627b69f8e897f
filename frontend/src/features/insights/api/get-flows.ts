import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Query } from '@/lib/api-client';
import type { Flows } from '@/lib/types';
import { insightKeys } from './keys';

/** Where referrals flow: from link workers and their PCNs to groups, and from group to group. */
export function getFlows(query: Query = {}): Promise<Flows> {
  return api.get<Flows>('/api/insights/flows', query);
}

export function useFlows(query: Query = {}) {
  return useQuery({ queryKey: insightKeys.view('flows', query), queryFn: () => getFlows(query), placeholderData: keepPreviousData });
}
