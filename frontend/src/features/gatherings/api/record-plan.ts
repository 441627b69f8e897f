import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer as read, api } from '@/lib/api-client';
import type { Gathering } from './get-gatherings';
import { gatheringKeys } from './keys';

/** A plan made there, put on the noticeboard linked to the gathering. */
export function recordPlan(id: string, title: string, text: string) {
  return read<Gathering>()(api.POST('/api/gatherings/{id}/plans', { params: { path: { id } }, body: { title, text } }));
}

export function useRecordPlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, title, text }: { id: string; title: string; text: string }) => recordPlan(id, title, text),
    onSuccess: () => client.invalidateQueries({ queryKey: gatheringKeys.list() }),
  });
}
