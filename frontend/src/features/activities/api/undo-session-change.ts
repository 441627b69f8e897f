import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { ActivityDetailsView } from './get-activity';
import { cacheActivity } from './keys';

/** Takes back the session's change at the version shown (one changed again since is refused, 409). */
export function undoSessionChange(id: string, date: string, version: number): Promise<ActivityDetailsView> {
  return answer<ActivityDetailsView>()(api.DELETE('/api/activities/{id}/sessions/{date}', { params: { path: { id, date }, query: { version } } }));
}

/** Takes a session's change back: it is on as the timetable says. */
export function useUndoSessionChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, date, version }: { id: string; date: string; version: number }) => undoSessionChange(id, date, version),
    onSuccess: (view) => cacheActivity(client, view),
  });
}
