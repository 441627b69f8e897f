import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { ActivityDetailsView } from './get-activity';
import { cacheActivity } from './keys';

/** What PUT /api/activities/{id}/sessions/{date} takes: CANCELLED or CHANGED, a note, and where or when instead. */
export type SessionChangeRequest = components['schemas']['SessionChangeRequest'];

export function changeSession(id: string, date: string, change: SessionChangeRequest): Promise<ActivityDetailsView> {
  return answer<ActivityDetailsView>()(api.PUT('/api/activities/{id}/sessions/{date}', { params: { path: { id, date } }, body: change }));
}

/** An organiser cancels one session or moves it; the answer is the activity with its next sessions. */
export function useChangeSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, date, change }: { id: string; date: string; change: SessionChangeRequest }) => changeSession(id, date, change),
    onSuccess: (view) => cacheActivity(client, view),
  });
}
