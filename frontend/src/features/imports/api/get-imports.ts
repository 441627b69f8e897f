import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { importKeys } from './keys';

type Schemas = components['schemas'];
export type FeedImport = Schemas['ImportStoreImportView'];
export type ImportCounts = Schemas['ImportStoreCounts'];

/** The imports this person started (admins: all), newest first. */
export async function getImports(): Promise<FeedImport[]> {
  const page = await answer<Schemas['PagedOrghedgerowimportsImportStoreImportView']>()(
    api.GET('/api/imports', { params: { query: { size: 20 } } }));
  return page.items;
}

export function useImports() {
  return useQuery({ queryKey: importKeys.list(), queryFn: getImports });
}
