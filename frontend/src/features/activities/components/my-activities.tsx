import { Link } from 'react-router-dom';
import { Loading, Problem } from '@/components/form';
import { date, NO_VENUE, spacesText } from '@/lib/format';
import type { OrganiserView } from '@/lib/types';
import { useActivities } from '../api/get-activities';
import { useActivityNews } from '../hooks/use-activity-news';
import { SpacesEditor } from './spaces-editor';
import { StaleReminders } from './stale-reminders';

/** A provider's groups, each with its activities: spaces changed in place, kept current live. */
export function MyActivities({ organiserId, groups }: { organiserId: string; groups: OrganiserView['groups'] }) {
  const activities = useActivities({ organiser: organiserId, size: 200, sort: 'NAME' }, !!organiserId);
  useActivityNews((activities.data?.items ?? []).map((a) => a.locality.id));
  return (
    <>
      <Problem error={activities.error} />
      <StaleReminders organiserId={organiserId} />
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
                  <p>{a.when} · {a.venue?.name ?? NO_VENUE}</p>
                  <p className="badges">
                    <span className={`badge ${a.spacesLeft === 0 ? 'badge-full' : 'badge-open'}`}>{a.spacesLeft === 0 ? '✕ ' : '✓ '}{spacesText(a.spacesLeft, a.capacity)}</span>
                    {a.capacity !== null && <span className="badge">Capacity {a.capacity}</span>}
                    <span className="badge badge-soft">Updated {date(a.updatedAt)}</span>
                  </p>
                  {a.capacity !== null && <SpacesEditor activity={a} />}
                  <p><Link to={`/provider/activities/${a.id}`}>Edit schedule, capacity and details<span className="visually-hidden">: {a.name}</span></Link></p>
                </li>
              ))}
              {activities.data && mine.length === 0 && <li>No activities yet.</li>}
            </ul>
          </section>
        );
      })}
    </>
  );
}
