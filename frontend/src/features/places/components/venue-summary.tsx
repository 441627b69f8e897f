import { VenueMap } from '@/components/venue-map';
import type { LocalityView, VenueView } from '@/lib/types';

/** A venue's name, address and access, on a map among the localities. */
export function VenueSummary({ venue, localities }: { venue: VenueView; localities: LocalityView[] }) {
  return (
    <>
      <h1>{venue.name}</h1>
      <p className="meta">{[venue.address, venue.postcode].filter(Boolean).join(', ')} · {venue.localityName}</p>
      {venue.accessibility.length > 0 && <p>Access: {venue.accessibility.join(', ')}</p>}
      <VenueOnMap venue={venue} localities={localities} height={280} />
    </>
  );
}

/** One venue on a map, framed closely, with the localities around it for context. */
export function VenueOnMap({ venue, localities, height }: { venue: VenueView; localities: LocalityView[]; height: number }) {
  return (
    <VenueMap zoomToPoints areas={localities.filter((l) => l.kind === 'LOCALITY')} label={`Map showing ${venue.name}`} height={height}
      points={[{ id: venue.id, latitude: venue.latitude, longitude: venue.longitude, label: venue.name, detail: venue.address ? [venue.address] : [] }]} />
  );
}
