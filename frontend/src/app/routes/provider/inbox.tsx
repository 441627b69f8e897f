import { SessionNotices } from '@/features/activities/components/session-notices';
import { ReferralList } from '@/features/referrals/components/referral-list';

export function InboxRoute() {
  return (
    <section>
      <h1>Referral inbox</h1>
      <p className="lead">People referred to your groups. Accept, decline, mark attending and complete; open one to refer them on.
        New referrals appear here as they are made.</p>
      <SessionNotices />
      <ReferralList box="inbox" />
    </section>
  );
}
