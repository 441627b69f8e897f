import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, api, sent, type Filters, type QueryOf } from '@/lib/api-client';
import type { Health } from '@/lib/types';
import { insightKeys } from './keys';

export type HealthQuery = Filters<QueryOf<'/api/insights/health'>>;

/** Isolated, broker, overloaded and stale providers, and places with no green activity. */
export function getHealth(query: HealthQuery = {}): Promise<Health> {
  return answer<Health>()(api.GET('/api/insights/health', { params: { query: sent(query) } }));
}

export function useHealth(query: HealthQuery = {}) {
  return useQuery({ queryKey: insightKeys.view('health', query), queryFn: () => getHealth(query), placeholderData: keepPreviousData });
}
