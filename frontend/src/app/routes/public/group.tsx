import { useParams } from 'react-router-dom';
import { Loading, Problem } from '@/components/form';
import { useActivities } from '@/features/activities/api/get-activities';
import { ActivityCards } from '@/features/activities/components/activity-cards';
import { useGroup } from '@/features/groups/api/get-group';
import { GroupSummary } from '@/features/groups/components/group-summary';
import { ResponsivenessLine } from '@/features/referrals/components/responsiveness-line';
import { NO_VENUE } from '@/lib/format';
import { ListingSource } from '@/features/imports/components/listing-source';
import { useSession } from '@/lib/session';
import type { GroupView, Session } from '@/lib/types';

/** A group, how it answers referrals (for signed-in users) and what it runs. */
export function GroupRoute() {
  const { id = '' } = useParams();
  const group = useGroup(id);
  const activities = useActivities({ group: id, size: 100 });
  const { user } = useSession();
  if (group.error) return <Problem error={group.error} />;
  if (!group.data) return <Loading />;
  return (
    <article>
      <GroupSummary group={group.data} mayChange={mayChange(user, group.data)} />
      <ResponsivenessLine listing={{ kind: 'group', id }} signedIn={!!user} />
      <ListingSource listing={id} canClaim={user?.role === 'PROVIDER'} />
      <h2>Activities</h2>
      <ActivityCards activities={activities.data?.items} detail={(a) => a.venue?.name ?? NO_VENUE} />
    </article>
  );
}

/** Who may change the group, as the API decides it: its organisers, facilitators (of its place: the API checks) and admins. */
function mayChange(user: Session | undefined | null, group: GroupView): boolean {
  if (!user) return false;
  if (user.role === 'FACILITATOR' || user.role === 'ADMIN') return true;
  return user.role === 'PROVIDER' && group.organisers.some((o) => o.id === user.actsAs?.id);
}
