import { useParams } from 'react-router-dom';
import { Loading, Problem } from '../../components/Form';
import { api } from '../../lib/api';
import type { ActivityView, GroupView, Page } from '../../lib/types';
import { useAsync } from '../../lib/useAsync';
import { ActivityCards } from './ActivityCards';

export function GroupPage() {
  const { id = '' } = useParams();
  const group = useAsync(() => api.get<GroupView>(`/api/groups/${encodeURIComponent(id)}`), [id]);
  const activities = useAsync(() => api.get<Page<ActivityView>>('/api/activities', { group: id, size: 100 }), [id]);
  if (group.error) return <Problem error={group.error} />;
  const g = group.data;
  if (!g) return <Loading />;
  return (
    <article>
      <h1>{g.name}</h1>
      <p className="meta">Based in {g.localityName}{g.website && <> · <a href={g.website} rel="noopener noreferrer">website</a></>}</p>
      {g.description && <p className="lead">{g.description}</p>}
      <h2>Organisers</h2>
      <ul>{g.organisers.map((o) => <li key={o.id}>{o.name}{o.role && ` (${o.role})`}</li>)}</ul>
      <h2>Activities</h2>
      <ActivityCards activities={activities.data?.items} detail={(a) => a.venue.name} />
    </article>
  );
}
