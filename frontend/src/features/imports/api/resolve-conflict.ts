import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { FeedImport } from './get-imports';
import { importKeys } from './keys';

export type Resolution = components['schemas']['ImportRequestsResolve']['resolution'];

/** Which side wins a record's conflicts when the import is applied: the feed's values or Hedgerow's. */
export function resolveConflict(id: string, seq: number, resolution: Resolution): Promise<FeedImport> {
  return answer<FeedImport>()(api.PUT('/api/imports/{id}/records/{seq}/resolution', {
    params: { path: { id, seq } }, body: { resolution },
  }));
}

export function useResolveConflict(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ seq, resolution }: { seq: number; resolution: Resolution }) => resolveConflict(id, seq, resolution),
    onSettled: () => client.invalidateQueries({ queryKey: [...importKeys.all, 'records', id] }),
  });
}
