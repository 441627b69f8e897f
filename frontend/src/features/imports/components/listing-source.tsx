import { useState } from 'react';
import { Problem } from '@/components/form';
import { useClaimListing } from '../api/claim-listing';
import { useListingSource } from '../api/get-listing-source';

/**
 * On an imported group or activity: where it came from, and for an organiser, a button to claim it (the admin or a
 * facilitator of the place approves; from then on they keep it current and imports leave it alone).
 */
export function ListingSource({ listing, canClaim }: { listing: string | undefined; canClaim: boolean }) {
  const source = useListingSource(listing);
  const claim = useClaimListing();
  const [asked, setAsked] = useState(false);
  const from = source.data?.[0];
  if (!from) return null;
  return (
    <aside className="listing-source" aria-label="Where this listing came from">
      <p>
        Imported from {from.sourceUrl ? <a href={from.sourceUrl} rel="noreferrer">{from.sourceName}</a> : from.sourceName}
        {from.importedAt ? ` on ${new Date(from.importedAt).toLocaleDateString('en-GB')}` : ''}
        {from.claimedBy ? '; kept current by its organiser.' : '.'}
      </p>
      {canClaim && !from.claimedBy && (
        asked ? <p role="status">Thank you: your claim waits for the facilitator or an admin.</p> : (
          <>
            <Problem error={claim.error} />
            <button type="button" disabled={claim.isPending}
              onClick={() => claim.mutate({ listing: listing! }, { onSuccess: () => setAsked(true) })}>
              I run this: claim it
            </button>
          </>
        )
      )}
    </aside>
  );
}
