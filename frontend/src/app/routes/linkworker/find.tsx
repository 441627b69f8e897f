import { Link } from 'react-router-dom';
import { DirectorySearch } from '../public/directory-search';

export function FindForPersonRoute() {
  return (
    <section>
      <h1>Find an activity for a person</h1>
      <p className="lead">Search by need, place, day, distance, cost and access; then refer with the person's consent.
        Spaces update as providers change them. <Link to="/link-worker/referrals">Your referrals</Link> update live too.</p>
      <DirectorySearch mode="refer" />
    </section>
  );
}
