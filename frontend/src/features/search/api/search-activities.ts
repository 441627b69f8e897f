import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, api, sent } from '@/lib/api-client';
import type { WhoAndWhen } from '@/lib/sessions';
import type { ActivityHit, SearchPage } from '@/lib/types';
import type { SearchQuery } from '../utils/search-query';

/** The search feature's query keys: one query per set of parameters sent. */
export const searchKeys = {
  all: ['search'] as const,
  results: (query: SearchQuery) => [...searchKeys.all, query] as const,
};

/** A result with who it is for, how to join and its next sessions. */
export type FoundActivity = ActivityHit & WhoAndWhen;
export type FoundPage = Omit<SearchPage, 'items'> & { items: FoundActivity[] };

export function searchActivities(query: SearchQuery, signal?: AbortSignal): Promise<FoundPage> {
  return answer<FoundPage>()(api.GET('/api/activities/search', { params: { query: sent(query) }, signal }));
}

/**
 * The results for a query. While a new search runs the last results stay shown (marked busy), and an
 * answer to an older search never replaces a newer one: the older request is cancelled.
 */
export function useActivitySearch(query: SearchQuery, enabled = true) {
  return useQuery({
    queryKey: searchKeys.results(query),
    queryFn: ({ signal }) => searchActivities(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
