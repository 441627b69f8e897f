import { useResponsiveness, type Listing, type Responsiveness } from '../api/get-responsiveness';

/** "usually replies within 2 days · 80% of referrals accepted · last 12 months", or why it is not shown. */
export function responsivenessText(r: Responsiveness): string | null {
  if (r.usuallyRepliesWithinDays === null || r.usuallyRepliesWithinDays === undefined
    || r.acceptedShare === null || r.acceptedShare === undefined) return null;
  const days = r.usuallyRepliesWithinDays;
  return `Usually replies within ${days} ${days === 1 ? 'day' : 'days'} · ${Math.round(r.acceptedShare * 100)}% of referrals accepted · last 12 months`;
}

/**
 * How an activity or group answers its referrals, for signed-in users (link workers choosing where to refer,
 * above all). Shows nothing to the public, and a quiet note when there are too few referrals to say.
 */
export function ResponsivenessLine({ listing, signedIn }: { listing: Listing; signedIn: boolean }) {
  const responsiveness = useResponsiveness(listing, signedIn);
  const r = responsiveness.data;
  if (!signedIn || !r) return null;
  const text = responsivenessText(r);
  return (
    <p className={text ? 'responsiveness' : 'hint'} data-testid="responsiveness">
      {text ?? `Replies to referrals: not shown. ${r.notShownBecause ?? ''}`.trim()}
    </p>
  );
}
