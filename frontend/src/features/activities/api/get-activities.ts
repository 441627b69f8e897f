import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { ActivityView, Page } from '@/lib/types';
import { activityKeys, type ActivityFilters } from './keys';

export function getActivities(filters: ActivityFilters): Promise<Page<ActivityView>> {
  return answer<Page<ActivityView>>()(api.GET('/api/activities', { params: { query: filters } }));
}

/** A list of activities; waits while `enabled` is false (e.g. until the organiser is known). */
export function useActivities(filters: ActivityFilters, enabled = true) {
  return useQuery({ queryKey: activityKeys.list(filters), queryFn: () => getActivities(filters), enabled });
}
