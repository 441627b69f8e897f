import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { FeedImport } from './get-imports';
import { importKeys } from './keys';

export function getImport(id: string): Promise<FeedImport> {
  return answer<FeedImport>()(api.GET('/api/imports/{id}', { params: { path: { id } } }));
}

/** One import; while it is reading or applying it is polled too, in case a live message is missed. */
export function useImport(id: string | undefined) {
  return useQuery({
    queryKey: importKeys.one(id ?? ''),
    queryFn: () => getImport(id!),
    enabled: !!id,
    refetchInterval: (query) => (query.state.data?.status === 'READING' || query.state.data?.status === 'APPLYING') ? 5000 : false,
  });
}
