import { api } from '../../lib/api';
import { localityTopic, type LiveHandler } from '../../lib/live';
import type { LocalityView, Page, VenueView } from '../../lib/types';
import { useAsync } from '../../lib/useAsync';
import { useLive } from '../../lib/useLive';

const venues = new Map<string, Promise<VenueView | null>>();
let localities: Promise<LocalityView[]> | null = null;

/** The venues with these ids, fetched once each and remembered (the search answer carries no coordinates). */
export async function venuesById(ids: string[]): Promise<VenueView[]> {
  const unique = [...new Set(ids)];
  for (const id of unique) {
    if (!venues.has(id)) {
      venues.set(id, api.get<VenueView>(`/api/venues/${encodeURIComponent(id)}`).catch(() => null));
    }
  }
  const found = await Promise.all(unique.map((id) => venues.get(id)!));
  return found.filter((v): v is VenueView => v !== null);
}

/** Every locality (up to 200, enough for a county), for place pickers and the map's locality points. */
export function allLocalities(): Promise<LocalityView[]> {
  if (!localities) {
    localities = api.get<Page<LocalityView>>('/api/localities', { size: 200 })
      .then((page) => page.items.sort((a, b) => a.name.localeCompare(b.name)))
      .catch((error) => {
        localities = null;
        throw error;
      });
  }
  return localities;
}

/**
 * Calls the handler for every activity and post message anywhere: the topics of the top localities,
 * each of which hears everything within it.
 */
export function useCountyNews(handler: LiveHandler): void {
  const localities = useAsync(() => allLocalities(), []);
  useLive((localities.data ?? []).filter((l) => l.kind === 'ICS').map((l) => localityTopic(l.code)), handler);
}
