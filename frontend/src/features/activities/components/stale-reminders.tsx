import { Link } from 'react-router-dom';
import { Problem } from '@/components/form';
import { date } from '@/lib/format';
import { useActivities } from '../api/get-activities';
import { useConfirmActivity } from '../api/confirm-activity';

/** "Please check these": listings not updated for six months, each confirmed in one click or edited. */
export function StaleReminders({ organiserId }: { organiserId: string }) {
  const stale = useActivities({ organiser: organiserId, stale: true, size: 50 }, !!organiserId);
  // Confirming puts the answer into the cache: it leaves this list and shows as current in the others.
  const confirm = useConfirmActivity();
  const items = stale.data?.items ?? [];
  if (items.length === 0) return null;

  return (
    <aside className="panel reminder" aria-labelledby="stale-heading">
      <h2 id="stale-heading">⚠ Please check these listings</h2>
      <p>Not updated for six months. People rely on them: say they are still right, or change them.</p>
      <ul>
        {items.map((a) => (
          <li key={a.id}>
            <strong>{a.name}</strong> ({a.when}; last updated {date(a.updatedAt)}){' '}
            <button type="button" className="small" onClick={() => confirm.mutate(a)}>Still right<span className="visually-hidden">: {a.name}</span></button>{' '}
            <Link to={`/provider/activities/${a.id}`}>Change<span className="visually-hidden"> {a.name}</span></Link>
          </li>
        ))}
      </ul>
      <Problem error={confirm.error} />
    </aside>
  );
}
