import { Link, useParams } from 'react-router-dom';
import { Loading, Problem } from '../../components/Form';
import { VenueMap } from '../../components/VenueMap';
import { api } from '../../lib/api';
import { localityTopic } from '../../lib/live';
import { changesShown } from '../../lib/liveMessages';
import { costText, date, spacesText } from '../../lib/format';
import { useSession } from '../../lib/session';
import type { ActivityView, VenueView } from '../../lib/types';
import { useAsync } from '../../lib/useAsync';
import { allLocalities } from './venues';
import { useLive, useResync } from '../../lib/useLive';

export function ActivityPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const localities = useAsync(() => allLocalities(), []);
  const activity = useAsync(() => api.get<ActivityView>(`/api/activities/${encodeURIComponent(id)}`), [id]);
  const a = activity.data;
  const venue = useAsync(() => (a ? api.get<VenueView>(`/api/venues/${a.venue.id}`) : Promise.resolve(undefined)), [a?.venue.id]);
  useLive(a ? localityTopic(a.locality.id) : null, (message) => {
    if (a && changesShown(message, a)) void activity.reload();
  });
  useResync(() => void activity.reload());

  if (activity.error) return <Problem error={activity.error} />;
  if (!a) return <Loading />;
  const full = a.spacesLeft !== null && a.spacesLeft <= 0;
  return (
    <article>
      <p className="breadcrumb"><Link to={`/groups/${a.group.id}`}>{a.group.name}</Link></p>
      <h1>{a.name}</h1>
      <p className="badges">
        <span className={`badge ${full ? 'badge-full' : 'badge-open'}`} data-testid="spaces">{full ? '✕ ' : '✓ '}{spacesText(a.spacesLeft, a.capacity)}</span>
        <span className="badge">{costText(a.cost, a.costNote)}</span>
        {a.status === 'ARCHIVED' && <span className="badge badge-warn">Archived</span>}
        {a.stale && <span className="badge badge-warn">⚠ not checked since {date(a.updatedAt)}</span>}
      </p>
      {a.description && <p className="lead">{a.description}</p>}
      <dl className="facts">
        <dt>When</dt><dd>{a.when ?? 'Ask the organiser'}</dd>
        <dt>Where</dt><dd><Link to={`/venues/${a.venue.id}`}>{a.venue.name}</Link>, {a.venue.postcode} ({a.locality.name})</dd>
        {a.venue.accessibility.length > 0 && <><dt>Venue access</dt><dd>{a.venue.accessibility.join(', ')}</dd></>}
        {a.accessibility && <><dt>Accessibility</dt><dd>{a.accessibility}</dd></>}
        {a.whatToBring && <><dt>What to bring</dt><dd>{a.whatToBring}</dd></>}
        {a.contact && <><dt>Contact</dt><dd>{a.contact}</dd></>}
        <dt>Kinds</dt><dd>{a.categories.map((c) => c.name).join(', ')}</dd>
        <dt>Helps with</dt><dd>{a.needs.map((n) => n.name).join(', ')}</dd>
        <dt>Last updated</dt><dd>{date(a.updatedAt)}</dd>
      </dl>
      <p className="actions">
        {user?.role === 'LINK_WORKER' && <Link className="button primary" to={`/link-worker/refer/${a.id}`}>Refer someone</Link>}
        {(user?.role === 'PROVIDER' || user?.role === 'FACILITATOR' || user?.role === 'ADMIN') &&
          <Link className="button" to={`/provider/activities/${a.id}`}>Edit</Link>}
      </p>
      {venue.data && (
        <VenueMap zoomToPoints areas={(localities.data ?? []).filter((l) => l.kind === 'LOCALITY')} label={`Map showing ${venue.data.name}`} height={260}
          points={[{ id: venue.data.id, latitude: venue.data.latitude, longitude: venue.data.longitude, label: venue.data.name, detail: [venue.data.address] }]} />
      )}
    </article>
  );
}
