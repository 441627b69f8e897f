import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Query } from '@/lib/api-client';
import type { SearchPage } from '@/lib/types';

/** The search feature's query keys: one query per set of parameters sent. */
export const searchKeys = {
  all: ['search'] as const,
  results: (query: Query) => [...searchKeys.all, query] as const,
};

export function searchActivities(query: Query, signal?: AbortSignal): Promise<SearchPage> {
  return api.get<SearchPage>('/api/activities/search', query, { signal });
}

/**
 * The results for a query. While a new search runs the last results stay shown (marked busy), and an
 * answer to an older search never replaces a newer one: the older request is cancelled.
 */
export function useActivitySearch(query: Query, enabled = true) {
  return useQuery({
    queryKey: searchKeys.results(query),
    queryFn: ({ signal }) => searchActivities(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
