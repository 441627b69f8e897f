import { Link } from 'react-router-dom';
import { Loading, Problem } from '../../components/Form';
import { api } from '../../lib/api';
import { localityTopic } from '../../lib/live';
import { changesShown } from '../../lib/liveMessages';
import { date, spacesText } from '../../lib/format';
import { useSession } from '../../lib/session';
import type { ActivityView, OrganiserView, Page } from '../../lib/types';
import { useAsync } from '../../lib/useAsync';
import { useLive, useResync } from '../../lib/useLive';
import { SpacesEditor } from './SpacesEditor';
import { StaleReminders } from './StaleReminders';

export function ProviderHome() {
  const { user } = useSession();
  const organiserId = user?.actsAs?.id ?? '';
  const me = useAsync(() => api.get<OrganiserView>(`/api/organisers/${organiserId}`), [organiserId]);
  const activities = useAsync(() => api.get<Page<ActivityView>>('/api/activities', { organiser: organiserId, size: 200, sort: 'NAME' }), [organiserId]);
  const replace = (view: ActivityView) => activities.setData((page) => page && ({ ...page, items: page.items.map((a) => (a.id === view.id ? view : a)) }));
  const localities = (activities.data?.items ?? []).map((a) => a.locality.id);
  useLive(localities.map(localityTopic), (message) => {
    if (activities.data?.items.some((a) => changesShown(message, a))) void activities.reload();
  });
  useResync(() => void activities.reload());

  const groups = me.data?.groups ?? [];
  return (
    <section>
      <h1>My groups and activities</h1>
      <Problem error={me.error ?? activities.error} />
      <StaleReminders organiserId={organiserId} onConfirmed={replace} />
      {!activities.data && <Loading />}
      {groups.map((group) => {
        const mine = (activities.data?.items ?? []).filter((a) => a.group.id === group.groupId);
        return (
          <section key={group.groupId} className="panel" aria-labelledby={`group-${group.groupId}`}>
            <h2 id={`group-${group.groupId}`}><Link to={`/groups/${group.groupId}`}>{group.groupName}</Link> <small>({group.role})</small></h2>
            <p className="actions">
              <Link to={`/provider/connections?group=${group.groupId}`}>Suggested collaborators</Link>
            </p>
            <ul className="cards">
              {mine.map((a) => (
                <li key={a.id} className="card" data-testid="my-activity" data-activity-id={a.id}>
                  <h3><Link to={`/activities/${a.id}`}>{a.name}</Link></h3>
                  <p>{a.when} · {a.venue.name}</p>
                  <p className="badges">
                    <span className={`badge ${a.spacesLeft === 0 ? 'badge-full' : 'badge-open'}`}>{a.spacesLeft === 0 ? '✕ ' : '✓ '}{spacesText(a.spacesLeft, a.capacity)}</span>
                    {a.capacity !== null && <span className="badge">Capacity {a.capacity}</span>}
                    <span className="badge badge-soft">Updated {date(a.updatedAt)}</span>
                  </p>
                  {a.capacity !== null && <SpacesEditor activity={a} onSaved={replace} />}
                  <p><Link to={`/provider/activities/${a.id}`}>Edit schedule, capacity and details<span className="visually-hidden">: {a.name}</span></Link></p>
                </li>
              ))}
              {activities.data && mine.length === 0 && <li>No activities yet.</li>}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
