import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ActivityView, Cost, Day } from '@/lib/types';
import { cacheActivity } from './keys';

/** What PATCH /api/activities/{id} takes: the version it edits (a stale one is a 409) and every field. */
export interface ActivityChanges {
  version: number; name: string; description: string; days: Day[]; frequency: string; weekOfMonth: number | null;
  startTime: string | null; endTime: string | null; capacity: number | null; spacesLeft: number | null; cost: Cost;
  costNote: string; accessibility: string; whatToBring: string; contact: string; categories: string[]; needs: string[];
}

export function updateActivity(id: string, changes: ActivityChanges): Promise<ActivityView> {
  return api.patch<ActivityView>(`/api/activities/${encodeURIComponent(id)}`, changes);
}

export function useUpdateActivity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: ActivityChanges }) => updateActivity(id, changes),
    onSuccess: (view) => cacheActivity(client, view),
  });
}
