import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { Page, TermView } from '@/lib/types';
import { vocabularyKeys } from './keys';

export async function getCategories(): Promise<TermView[]> {
  return (await answer<Page<TermView>>()(api.GET('/api/categories', { params: { query: { size: 200 } } }))).items;
}

/** The kinds of activity hardly ever change: fetched once per visit. */
export function useCategories() {
  return useQuery({ queryKey: vocabularyKeys.categories(), queryFn: getCategories, staleTime: Infinity });
}
