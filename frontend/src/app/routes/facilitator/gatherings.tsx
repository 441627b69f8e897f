import { ConveneForm } from '@/features/gatherings/components/convene-form';
import { GatheringList } from '@/features/gatherings/components/gathering-list';
import { useSession } from '@/lib/session';

/** Gatherings of the facilitator's place: convene one, see the answers come in live, record what came of it. */
export function GatheringsRoute() {
  const { user } = useSession();
  return (
    <section>
      <h1>Gatherings</h1>
      <ConveneForm locality={user?.place?.id} />
      <GatheringList as="facilitator" />
    </section>
  );
}
