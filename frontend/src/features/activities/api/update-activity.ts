import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { ActivityView } from '@/lib/types';
import { cacheActivity } from './keys';

/** What PATCH /api/activities/{id} takes: the version it edits (a stale one is a 409) and the fields to change. */
export type ActivityChanges = components['schemas']['ActivityChanges'];

export function updateActivity(id: string, changes: ActivityChanges): Promise<ActivityView> {
  return answer<ActivityView>()(api.PATCH('/api/activities/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateActivity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: ActivityChanges }) => updateActivity(id, changes),
    onSuccess: (view) => cacheActivity(client, view),
  });
}
