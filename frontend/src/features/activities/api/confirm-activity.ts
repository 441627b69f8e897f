import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { ActivityView } from '@/lib/types';
import { cacheActivity } from './keys';

/** "Still right": the organiser confirms a stale listing as it stands. */
export function confirmActivity(activity: Pick<ActivityView, 'id' | 'version'>): Promise<ActivityView> {
  return answer<ActivityView>()(api.POST('/api/activities/{id}/confirm', { params: { path: { id: activity.id } }, body: { version: activity.version } }));
}

export function useConfirmActivity() {
  const client = useQueryClient();
  return useMutation({ mutationFn: confirmActivity, onSuccess: (view) => cacheActivity(client, view) });
}
