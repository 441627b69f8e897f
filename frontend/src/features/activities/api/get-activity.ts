import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ActivityView } from '@/lib/types';
import { activityKeys } from './keys';

export function getActivity(id: string): Promise<ActivityView> {
  return api.get<ActivityView>(`/api/activities/${encodeURIComponent(id)}`);
}

export function useActivity(id: string) {
  return useQuery({ queryKey: activityKeys.detail(id), queryFn: () => getActivity(id) });
}
