import { useMemo } from 'react';
import { Loading } from '@/components/form';
import { VenueMap, type MapPoint } from '@/components/venue-map';
import type { LocalityView } from '@/lib/types';
import { useVenues } from '../api/get-venue';

/** Something that happens at a venue: a line in the venue's popup; a venue where everything is full is drawn hollow. */
export interface VenueStop { venueId: string; line: string; full: boolean }

/** The venues of some activities on a map, one point per venue listing what happens there. */
export function VenuesMap({ stops, localities, label }: { stops: VenueStop[]; localities: LocalityView[]; label: string }) {
  const { venues, pending } = useVenues(stops.map((s) => s.venueId));
  const points = useMemo<MapPoint[]>(() => {
    const byId = new Map(venues.map((v) => [v.id, v]));
    const atVenue = new Map<string, VenueStop[]>();
    for (const stop of stops) atVenue.set(stop.venueId, [...(atVenue.get(stop.venueId) ?? []), stop]);
    return [...atVenue.entries()].flatMap(([id, here]) => {
      const venue = byId.get(id);
      if (!venue) return [];
      return [{
        id, latitude: venue.latitude, longitude: venue.longitude, label: venue.name, href: `/venues/${id}`,
        detail: here.map((s) => s.line),
        tone: here.every((s) => s.full) ? 'full' as const : 'normal' as const,
      }];
    });
  }, [stops, venues]);
  const areas = localities.filter((l) => l.kind === 'LOCALITY');
  if (pending && venues.length === 0 && stops.length > 0) return <Loading what="Placing venues" />;
  return <VenueMap points={points} areas={areas} label={label} />;
}
