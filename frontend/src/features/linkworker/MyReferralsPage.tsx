import { ReferralList } from '../referrals/ReferralList';

export function MyReferralsPage() {
  return (
    <section>
      <h1>My referrals</h1>
      <p className="lead">Every referral you made, with where it has got to. Changes appear as the groups make them.</p>
      <ReferralList box="outbox" />
    </section>
  );
}
