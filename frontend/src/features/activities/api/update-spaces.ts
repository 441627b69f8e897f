import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ActivityView } from '@/lib/types';
import { cacheActivity } from './keys';

export function updateSpaces(activity: Pick<ActivityView, 'id' | 'version'>, spacesLeft: number): Promise<ActivityView> {
  return api.put<ActivityView>(`/api/activities/${encodeURIComponent(activity.id)}/spaces`, { spacesLeft, version: activity.version });
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
