import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ActivityView, Page } from '@/lib/types';
import { activityKeys, type ActivityFilters } from './keys';

export function getActivities(filters: ActivityFilters): Promise<Page<ActivityView>> {
  return api.get<Page<ActivityView>>('/api/activities', { ...filters });
}

/** A list of activities; waits while `enabled` is false (e.g. until the organiser is known). */
export function useActivities(filters: ActivityFilters, enabled = true) {
  return useQuery({ queryKey: activityKeys.list(filters), queryFn: () => getActivities(filters), enabled });
}
