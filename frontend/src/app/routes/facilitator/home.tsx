import { BiggestGapsPanel, OutcomesPanel, RelationshipsPanel } from '@/features/insights/components/overview-panels';
import { NetworkNow } from '@/features/network/components/network-now';
import { useSession } from '@/lib/session';

/** The facilitator's start: the network's size (live), outcomes, link workers' relationships, the biggest gaps. */
export function FacilitatorHomeRoute() {
  const { user } = useSession();
  return (
    <section>
      <h1>{user?.place?.name ?? 'The network'}</h1>
      <div className="grid-2">
        <NetworkNow />
        <OutcomesPanel />
      </div>
      <RelationshipsPanel />
      <BiggestGapsPanel />
    </section>
  );
}
