import { GatheringList } from '@/features/gatherings/components/gathering-list';

/** The gatherings a provider's groups are invited to, to answer yes, no or maybe. */
export function ProviderGatheringsRoute() {
  return (
    <section>
      <h1>Gatherings</h1>
      <GatheringList as="organiser" />
    </section>
  );
}
