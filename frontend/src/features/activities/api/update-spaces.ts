import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { ActivityView } from '@/lib/types';
import { cacheActivity } from './keys';

export function updateSpaces(activity: Pick<ActivityView, 'id' | 'version'>, spacesLeft: number): Promise<ActivityView> {
  return answer<ActivityView>()(api.PUT('/api/activities/{id}/spaces', { params: { path: { id: activity.id } }, body: { spacesLeft, version: activity.version } }));
}

/** The quick change organisers make most: spaces left (0 for full). */
export function useUpdateSpaces() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ activity, spacesLeft }: { activity: Pick<ActivityView, 'id' | 'version'>; spacesLeft: number }) =>
      updateSpaces(activity, spacesLeft),
    onSuccess: (view) => cacheActivity(client, view),
  });
}
