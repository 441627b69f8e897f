import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { WhoAndWhen } from '@/lib/sessions';
import type { ActivityView } from '@/lib/types';
import { activityKeys } from './keys';

/** An activity with who it is for, how to join and its next sessions. */
export type ActivityDetailsView = ActivityView & WhoAndWhen;

export function getActivity(id: string): Promise<ActivityDetailsView> {
  return answer<ActivityDetailsView>()(api.GET('/api/activities/{id}', { params: { path: { id } } }));
}

export function useActivity(id: string) {
  return useQuery({ queryKey: activityKeys.detail(id), queryFn: () => getActivity(id) });
}
