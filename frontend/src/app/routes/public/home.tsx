import { Link, Navigate } from 'react-router-dom';
import { Loading } from '@/components/form';
import { NetworkToday } from '@/features/network/components/network-now';
import { STILL_STARTING, useSession } from '@/lib/session';
import { homePath } from '../../home-path';

/** Signed-in people go to their role's home; everyone else sees what the network holds and a search. */
export function HomeRoute() {
  const { user, starting } = useSession();
  if (user === undefined) return <Loading what={starting ? STILL_STARTING : undefined} />;
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
      <NetworkToday />
    </section>
  );
}
