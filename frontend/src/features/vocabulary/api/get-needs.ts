import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { Page, TermView } from '@/lib/types';
import { vocabularyKeys } from './keys';

export async function getNeeds(): Promise<TermView[]> {
  return (await answer<Page<TermView>>()(api.GET('/api/needs', { params: { query: { size: 200 } } }))).items;
}

/** The needs hardly ever change: fetched once per visit. */
export function useNeeds() {
  return useQuery({ queryKey: vocabularyKeys.needs(), queryFn: getNeeds, staleTime: Infinity });
}
