import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Loading } from '@/components/form';
import { spacesText } from '@/lib/format';
import type { ActivityView } from '@/lib/types';

/**
 * The activities of a group or at a venue as cards: name, when, `detail` (the venue on a group's page, the
 * group on a venue's page) and spaces.
 */
export function ActivityCards({ activities, detail }: { activities: ActivityView[] | undefined; detail: (a: ActivityView) => ReactNode }) {
  if (!activities) return <Loading />;
  return (
    <ul className="cards">
      {activities.map((a) => (
        <li className="card" key={a.id}>
          <h3><Link to={`/activities/${a.id}`}>{a.name}</Link></h3>
          <p>{a.when} · {detail(a)}</p>
          <p className="badges"><span className="badge">{spacesText(a.spacesLeft, a.capacity)}</span></p>
        </li>
      ))}
    </ul>
  );
}
