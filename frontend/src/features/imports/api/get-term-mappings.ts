import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { importKeys } from './keys';

type Schemas = components['schemas'];
export type TermMapping = Schemas['TermMappingsTermMapping'];

/** The taxonomy terms an import met, mapped or still waiting for a mapping. */
export async function getTermMappings(importId: string): Promise<TermMapping[]> {
  const page = await answer<Schemas['PagedOrghedgerowimportsTermMappingsTermMapping']>()(
    api.GET('/api/imports/term-mappings', { params: { query: { importId, size: 200 } } }));
  return page.items;
}

export function useTermMappings(importId: string) {
  return useQuery({ queryKey: importKeys.terms(importId), queryFn: () => getTermMappings(importId) });
}
