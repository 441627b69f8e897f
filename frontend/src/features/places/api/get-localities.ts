import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { LocalityView, Page } from '@/lib/types';
import { placeKeys } from './keys';

/** Every locality (up to 200, enough for a county), by name: for place pickers and the map's locality points. */
export async function getLocalities(): Promise<LocalityView[]> {
  const page = await answer<Page<LocalityView>>()(api.GET('/api/localities', { params: { query: { size: 200 } } }));
  return page.items.sort((a, b) => a.name.localeCompare(b.name));
}

/** Localities change a few times a year: fetched once per visit. */
export function useLocalities() {
  return useQuery({ queryKey: placeKeys.localities(), queryFn: getLocalities, staleTime: Infinity });
}
