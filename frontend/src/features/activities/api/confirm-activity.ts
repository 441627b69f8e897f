import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ActivityView } from '@/lib/types';
import { cacheActivity } from './keys';

/** "Still right": the organiser confirms a stale listing as it stands. */
export function confirmActivity(activity: Pick<ActivityView, 'id' | 'version'>): Promise<ActivityView> {
  return api.post<ActivityView>(`/api/activities/${encodeURIComponent(activity.id)}/confirm`, { version: activity.version });
}

export function useConfirmActivity() {
  const client = useQueryClient();
  return useMutation({ mutationFn: confirmActivity, onSuccess: (view) => cacheActivity(client, view) });
}
