import { SessionNotices } from '@/features/activities/components/session-notices';
import { ReferralList } from '@/features/referrals/components/referral-list';

export function MyReferralsRoute() {
  return (
    <section>
      <h1>My referrals</h1>
      <p className="lead">Every referral you made, with where it has got to. Changes appear as the groups make them.</p>
      <SessionNotices />
      <ReferralList box="outbox" />
    </section>
  );
}
