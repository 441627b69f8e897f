import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { importKeys } from './keys';

type Schemas = components['schemas'];
export type ImportRecord = Schemas['ImportControllerImportRecordView'];
export type RecordOutcome = ImportRecord['outcome'];
export type PlanPart = Schemas['RecordPlanPart'];

/** The services of an import with what importing each would do (or did), narrowed to one outcome if given. */
export async function getImportRecords(id: string, outcome: RecordOutcome | ''): Promise<ImportRecord[]> {
  const page = await answer<Schemas['PagedOrghedgerowimportsImportControllerImportRecordView']>()(
    api.GET('/api/imports/{id}/records', {
      params: { path: { id }, query: { size: 200, ...(outcome ? { outcome } : {}) } },
    }));
  return page.items;
}

export function useImportRecords(id: string, outcome: RecordOutcome | '') {
  return useQuery({ queryKey: importKeys.records(id, outcome), queryFn: () => getImportRecords(id, outcome) });
}
