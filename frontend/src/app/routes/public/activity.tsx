import { useParams } from 'react-router-dom';
import { Loading, Problem } from '@/components/form';
import { useActivity } from '@/features/activities/api/get-activity';
import { ActivityDetails } from '@/features/activities/components/activity-details';
import { useActivityNews } from '@/features/activities/hooks/use-activity-news';
import { useLocalities } from '@/features/places/api/get-localities';
import { useVenue } from '@/features/places/api/get-venue';
import { VenueOnMap } from '@/features/places/components/venue-summary';

/** An activity, kept current live, with its venue on the map. */
export function ActivityRoute() {
  const { id = '' } = useParams();
  const activity = useActivity(id);
  const a = activity.data;
  useActivityNews(a ? [a.locality.id] : []);
  const venue = useVenue(a?.venue?.id);
  const localities = useLocalities();
  if (activity.error) return <Problem error={activity.error} />;
  if (!a) return <Loading />;
  return (
    <ActivityDetails activity={a}
      map={venue.data && <VenueOnMap venue={venue.data} localities={localities.data ?? []} height={260} />} />
  );
}
