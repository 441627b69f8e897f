import { Link } from 'react-router-dom';
import { ActivitySearch } from '../directory/ActivitySearch';

export function LinkWorkerHome() {
  return (
    <section>
      <h1>Find an activity for a person</h1>
      <p className="lead">Search by need, place, day, distance, cost and access; then refer with the person's consent.
        Spaces update as providers change them. <Link to="/link-worker/referrals">Your referrals</Link> update live too.</p>
      <ActivitySearch mode="refer" />
    </section>
  );
}
