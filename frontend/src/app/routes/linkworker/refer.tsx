import { useNavigate, useParams } from 'react-router-dom';
import { Loading, Problem } from '@/components/form';
import { useActivity } from '@/features/activities/api/get-activity';
import { ReferralForm } from '@/features/referrals/components/referral-form';
import { useNeeds } from '@/features/vocabulary/api/get-needs';

/** Referring someone to an activity; once made, the referral's own page. */
export function ReferRoute() {
  const { activityId = '' } = useParams();
  const navigate = useNavigate();
  const activity = useActivity(activityId);
  const needs = useNeeds();
  if (activity.error) return <Problem error={activity.error} />;
  if (!activity.data) return <Loading />;
  return <ReferralForm activity={activity.data} needs={needs.data ?? []} onMade={(made) => navigate(`/referrals/${made.id}`)} />;
}
