import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { ActivityDetailsView } from './get-activity';
import { cacheActivity } from './keys';

export function undoSessionChange(id: string, date: string): Promise<ActivityDetailsView> {
  return answer<ActivityDetailsView>()(api.DELETE('/api/activities/{id}/sessions/{date}', { params: { path: { id, date } } }));
}

/** Takes a session's change back: it is on as the timetable says. */
export function useUndoSessionChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, date }: { id: string; date: string }) => undoSessionChange(id, date),
    onSuccess: (view) => cacheActivity(client, view),
  });
}
