import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { FeedImport } from './get-imports';
import { importKeys } from './keys';

type Schemas = components['schemas'];
export type UrlImport = Schemas['ImportRequestsUrlImport'];
export type FileImport = Schemas['ImportRequestsFileImport'];

/** Starts a dry run from a feed URL (the host must be allowed) or from an uploaded file's JSON text. */
export function startImport(request: { url: UrlImport } | { file: FileImport }): Promise<FeedImport> {
  return 'url' in request
    ? answer<FeedImport>()(api.POST('/api/imports', { body: request.url }))
    : answer<FeedImport>()(api.POST('/api/imports/file', { body: request.file }));
}

export function useStartImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: startImport,
    onSuccess: () => client.invalidateQueries({ queryKey: importKeys.list() }),
  });
}
