import { Link, useParams } from 'react-router-dom';
import { Loading, Problem } from '@/components/form';
import { useActivities } from '@/features/activities/api/get-activities';
import { ActivityCards } from '@/features/activities/components/activity-cards';
import { useLocalities } from '@/features/places/api/get-localities';
import { useVenue } from '@/features/places/api/get-venue';
import { VenueSummary } from '@/features/places/components/venue-summary';

/** A venue on the map and what happens there. */
export function VenueRoute() {
  const { id = '' } = useParams();
  const venue = useVenue(id);
  const localities = useLocalities();
  const activities = useActivities({ venue: id, size: 100 });
  if (venue.error) return <Problem error={venue.error} />;
  if (!venue.data) return <Loading />;
  return (
    <article>
      <VenueSummary venue={venue.data} localities={localities.data ?? []} />
      <h2>What happens here</h2>
      <ActivityCards activities={activities.data?.items} detail={(a) => <Link to={`/groups/${a.group.id}`}>{a.group.name}</Link>} />
    </article>
  );
}
