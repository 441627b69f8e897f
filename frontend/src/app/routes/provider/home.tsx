import { Problem } from '@/components/form';
import { MyActivities } from '@/features/activities/components/my-activities';
import { useOrganiser } from '@/features/groups/api/get-organiser';
import { useSession } from '@/lib/session';

/** A provider's groups (from the organiser they act as) and each group's activities. */
export function ProviderHomeRoute() {
  const { user } = useSession();
  const organiserId = user?.actsAs?.id ?? '';
  const me = useOrganiser(organiserId);
  return (
    <section>
      <h1>My groups and activities</h1>
      <Problem error={me.error} />
      <MyActivities organiserId={organiserId} groups={me.data?.groups ?? []} />
    </section>
  );
}
