import { Link, Navigate } from 'react-router-dom';
import { Loading } from '../../components/Form';
import { api } from '../../lib/api';
import { useSession } from '../../lib/session';
import type { NetworkSummary } from '../../lib/types';
import { useAsync } from '../../lib/useAsync';
import { homePath } from './homePath';

const shown: [string, string][] = [
  ['Activity', 'Activities'], ['Group', 'Groups'], ['Venue', 'Venues'], ['Organiser', 'Organisers'],
  ['Locality', 'Localities'], ['LinkWorker', 'Link workers'], ['Practice', 'GP practices'], ['Pcn', 'Primary care networks'],
];

/** Signed-in people go to their role's home; everyone else sees what the network holds and a search. */
export function HomePage() {
  const { user } = useSession();
  const summary = useAsync(() => api.get<NetworkSummary>('/api/network/summary'), []);
  if (user === undefined) return <Loading />;
  if (user) return <Navigate to={homePath(user.role)} replace />;
  return (
    <section>
      <h1>Green social prescribing in Derby and Derbyshire</h1>
      <p className="lead">
        Walking groups, choirs on the towpath, coffee mornings and conservation days: find what is on near you, or
        sign in to keep your group's listing current, refer someone, or see the whole network.
      </p>
      <p className="actions">
        <Link className="button primary" to="/search">Find an activity</Link>
        <Link className="button" to="/sign-in">Sign in</Link>
      </p>
      <h2>The network today</h2>
      {summary.data ? (
        <dl className="stats">
          {shown.map(([key, label]) => (
            <div key={key}><dt>{label}</dt><dd>{(summary.data!.nodes[key] ?? 0).toLocaleString('en-GB')}</dd></div>
          ))}
        </dl>
      ) : <Loading />}
    </section>
  );
}
