import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { ActivityView } from '@/lib/types';
import { activityKeys } from './keys';

export function getActivity(id: string): Promise<ActivityView> {
  return answer<ActivityView>()(api.GET('/api/activities/{id}', { params: { path: { id } } }));
}

export function useActivity(id: string) {
  return useQuery({ queryKey: activityKeys.detail(id), queryFn: () => getActivity(id) });
}
