import { Link, useParams } from 'react-router-dom';
import { Loading, Problem } from '../../components/Form';
import { VenueMap } from '../../components/VenueMap';
import { api } from '../../lib/api';
import type { ActivityView, Page, VenueView } from '../../lib/types';
import { useAsync } from '../../lib/useAsync';
import { ActivityCards } from './ActivityCards';
import { allLocalities } from './venues';

export function VenuePage() {
  const { id = '' } = useParams();
  const localities = useAsync(() => allLocalities(), []);
  const venue = useAsync(() => api.get<VenueView>(`/api/venues/${encodeURIComponent(id)}`), [id]);
  const activities = useAsync(() => api.get<Page<ActivityView>>('/api/activities', { venue: id, size: 100 }), [id]);
  if (venue.error) return <Problem error={venue.error} />;
  const v = venue.data;
  if (!v) return <Loading />;
  return (
    <article>
      <h1>{v.name}</h1>
      <p className="meta">{v.address}, {v.postcode} · {v.localityName}</p>
      {v.accessibility.length > 0 && <p>Access: {v.accessibility.join(', ')}</p>}
      <VenueMap zoomToPoints areas={(localities.data ?? []).filter((l) => l.kind === 'LOCALITY')} label={`Map showing ${v.name}`} height={280}
        points={[{ id: v.id, latitude: v.latitude, longitude: v.longitude, label: v.name, detail: [v.address] }]} />
      <h2>What happens here</h2>
      <ActivityCards activities={activities.data?.items} detail={(a) => <Link to={`/groups/${a.group.id}`}>{a.group.name}</Link>} />
    </article>
  );
}
