import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer as read, api } from '@/lib/api-client';
import type { Gathering } from './get-gatherings';
import { gatheringKeys } from './keys';

/** Two groups that came met there: their organisers now know each other, with the gathering as context. */
export function recordConnection(id: string, groups: [string, string], context: string) {
  return read<Gathering>()(api.POST('/api/gatherings/{id}/connections', { params: { path: { id } }, body: { groups, context } }));
}

export function useRecordConnection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, groups, context }: { id: string; groups: [string, string]; context: string }) =>
      recordConnection(id, groups, context),
    onSuccess: () => client.invalidateQueries({ queryKey: gatheringKeys.list() }),
  });
}
