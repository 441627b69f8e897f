import { useParams } from 'react-router-dom';
import { ReferralDetails } from '@/features/referrals/components/referral-details';
import { ActivityPicker } from '@/features/search/components/activity-picker';

/** One referral; referring the person on picks the next activity with the search. */
export function ReferralRoute() {
  const { id = '' } = useParams();
  return <ReferralDetails id={id} chooseActivity={(props) => <ActivityPicker {...props} />} />;
}
