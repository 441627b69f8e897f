import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Query } from '@/lib/api-client';
import type { Health } from '@/lib/types';
import { insightKeys } from './keys';

/** Isolated, broker, overloaded and stale providers, and places with no green activity. */
export function getHealth(query: Query = {}): Promise<Health> {
  return api.get<Health>('/api/insights/health', query);
}

export function useHealth(query: Query = {}) {
  return useQuery({ queryKey: insightKeys.view('health', query), queryFn: () => getHealth(query), placeholderData: keepPreviousData });
}
