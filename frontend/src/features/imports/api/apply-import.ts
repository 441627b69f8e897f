import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { FeedImport } from './get-imports';
import { importKeys } from './keys';

/** Applies a finished dry run; progress then comes live on the starter's import queue. */
export function applyImport(id: string): Promise<FeedImport> {
  return answer<FeedImport>()(api.POST('/api/imports/{id}/apply', { params: { path: { id } } }));
}

export function useApplyImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: applyImport,
    onSettled: (_data, _error, id) => client.invalidateQueries({ queryKey: importKeys.one(id) }),
  });
}
