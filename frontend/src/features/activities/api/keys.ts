import type { QueryClient } from '@tanstack/react-query';
import type { QueryOf } from '@/lib/api-client';
import type { ActivityView, Page } from '@/lib/types';

/** Which activities a list holds (GET /api/activities): a group's, a venue's, an organiser's, the stale ones. */
export type ActivityFilters = Pick<QueryOf<'/api/activities'>, 'group' | 'venue' | 'organiser' | 'stale' | 'sort' | 'size'>;

/** The activities feature's query keys. */
export const activityKeys = {
  all: ['activities'] as const,
  lists: () => [...activityKeys.all, 'list'] as const,
  list: (filters: ActivityFilters) => [...activityKeys.lists(), filters] as const,
  details: () => [...activityKeys.all, 'detail'] as const,
  detail: (id: string) => [...activityKeys.details(), id] as const,
};

/**
 * Puts an activity the server just answered with into the cache: its own query, and every list that holds
 * it (a list of stale listings drops it once it is confirmed or changed, as it is no longer stale).
 */
export function cacheActivity(client: QueryClient, view: ActivityView): void {
  client.setQueryData(activityKeys.detail(view.id), view);
  for (const [key, page] of client.getQueriesData<Page<ActivityView>>({ queryKey: activityKeys.lists() })) {
    if (!page?.items.some((a) => a.id === view.id)) continue;
    const filters = key[2] as ActivityFilters | undefined;
    const items = filters?.stale && !view.stale
      ? page.items.filter((a) => a.id !== view.id)
      : page.items.map((a) => (a.id === view.id ? view : a));
    client.setQueryData<Page<ActivityView>>(key, { ...page, items });
  }
}
