import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Problem } from '../../components/Form';
import { api } from '../../lib/api';
import { date } from '../../lib/format';
import type { ActivityView, Page } from '../../lib/types';
import { useAsync } from '../../lib/useAsync';

/** "Please check these": listings not updated for six months, each confirmed in one click or edited. */
export function StaleReminders({ organiserId, onConfirmed }: { organiserId: string; onConfirmed: (a: ActivityView) => void }) {
  const stale = useAsync(() => api.get<Page<ActivityView>>('/api/activities', { organiser: organiserId, stale: true, size: 50 }), [organiserId]);
  const [error, setError] = useState<unknown>();
  const items = stale.data?.items ?? [];
  if (items.length === 0) return null;

  async function confirm(activity: ActivityView) {
    setError(undefined);
    try {
      const view = await api.post<ActivityView>(`/api/activities/${activity.id}/confirm`, { version: activity.version });
      stale.setData((page) => page && ({ ...page, items: page.items.filter((a) => a.id !== view.id) }));
      onConfirmed(view);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <aside className="panel reminder" aria-labelledby="stale-heading">
      <h2 id="stale-heading">⚠ Please check these listings</h2>
      <p>Not updated for six months. People rely on them: say they are still right, or change them.</p>
      <ul>
        {items.map((a) => (
          <li key={a.id}>
            <strong>{a.name}</strong> ({a.when}; last updated {date(a.updatedAt)}){' '}
            <button type="button" className="small" onClick={() => void confirm(a)}>Still right<span className="visually-hidden">: {a.name}</span></button>{' '}
            <Link to={`/provider/activities/${a.id}`}>Change<span className="visually-hidden"> {a.name}</span></Link>
          </li>
        ))}
      </ul>
      <Problem error={error} />
    </aside>
  );
}
