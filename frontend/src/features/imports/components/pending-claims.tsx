import { Problem } from '@/components/form';
import { usePendingClaims } from '../api/get-claims';
import { useDecideClaim } from '../api/decide-claim';

/** Organisers' claims on imported groups, for a facilitator of the place or an admin to decide. */
export function PendingClaims() {
  const claims = usePendingClaims();
  const decide = useDecideClaim();
  if (!claims.data?.length) return null;
  return (
    <section className="panel" aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims on imported listings</h2>
      <Problem error={decide.error} />
      <ul>
        {claims.data.map((claim) => (
          <li key={claim.id}>
            {claim.organiserName ?? claim.organiserId} says they run <strong>{claim.groupName}</strong>
            {claim.note ? `: “${claim.note}”` : ''}{' '}
            <button type="button" onClick={() => decide.mutate({ id: claim.id, approve: true })}>Approve</button>{' '}
            <button type="button" onClick={() => decide.mutate({ id: claim.id, approve: false })}>Decline</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
