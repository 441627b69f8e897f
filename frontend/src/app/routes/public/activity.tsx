import { useParams } from 'react-router-dom';
import { Loading, Problem } from '@/components/form';
import { useActivity } from '@/features/activities/api/get-activity';
import { ActivityDetails } from '@/features/activities/components/activity-details';
import { useActivityNews } from '@/features/activities/hooks/use-activity-news';
import { useLocalities } from '@/features/places/api/get-localities';
import { useVenue } from '@/features/places/api/get-venue';
import { VenueOnMap } from '@/features/places/components/venue-summary';
import { ResponsivenessLine } from '@/features/referrals/components/responsiveness-line';
import { ListingSource } from '@/features/imports/components/listing-source';
import { useSession } from '@/lib/session';

/** An activity, kept current live, with its venue on the map and, for signed-in users, how it answers referrals. */
export function ActivityRoute() {
  const { id = '' } = useParams();
  const activity = useActivity(id);
  const a = activity.data;
  useActivityNews(a ? [a.locality.id] : []);
  const venue = useVenue(a?.venue?.id);
  const localities = useLocalities();
  const { user } = useSession();
  if (activity.error) return <Problem error={activity.error} />;
  if (!a) return <Loading />;
  return (
    <>
      <ActivityDetails activity={a}
        map={venue.data && <VenueOnMap venue={venue.data} localities={localities.data ?? []} height={260} />} />
      <ResponsivenessLine listing={{ kind: 'activity', id: a.id }} signedIn={!!user} />
      <ListingSource listing={a.id} canClaim={user?.role === 'PROVIDER'} />
    </>
  );
}
