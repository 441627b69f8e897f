import { Loading, Problem } from '@/components/form';
import { useAnswerGathering } from '../api/answer-gathering';
import { useGatherings, type Gathering } from '../api/get-gatherings';
import { useRecordConnection } from '../api/record-connection';
import { useRecordPlan } from '../api/record-plan';
import { useGatheringNews } from '../hooks/use-gathering-news';
import { GatheringCard } from './gathering-card';

/**
 * The gatherings the signed-in person may see, kept current live: a facilitator records what came of them, an
 * organiser answers for their invited groups.
 */
export function GatheringList({ as }: { as: 'facilitator' | 'organiser' }) {
  const gatherings = useGatherings();
  useGatheringNews();
  if (gatherings.isPending) return <Loading what="Loading gatherings" />;
  return (
    <section aria-labelledby="gatherings-heading">
      <h2 id="gatherings-heading">{as === 'facilitator' ? 'Gatherings' : 'Invitations'}</h2>
      <Problem error={gatherings.error} />
      {(gatherings.data ?? []).length === 0 && <p>{as === 'facilitator' ? 'No gatherings yet.' : 'No invitations yet.'}</p>}
      {(gatherings.data ?? []).map((g) => as === 'facilitator'
        ? <FacilitatorsGathering key={g.id} gathering={g} />
        : <OrganisersGathering key={g.id} gathering={g} />)}
    </section>
  );
}

function FacilitatorsGathering({ gathering }: { gathering: Gathering }) {
  const connect = useRecordConnection();
  const plan = useRecordPlan();
  const id = gathering.id;
  return (
    <GatheringCard gathering={gathering} record={{
      connect: (groups, context) => connect.mutateAsync({ id, groups, context }),
      plan: (title, text) => plan.mutateAsync({ id, title, text }),
      error: connect.error ?? plan.error,
    }} />
  );
}

function OrganisersGathering({ gathering }: { gathering: Gathering }) {
  const answer = useAnswerGathering();
  return (
    <GatheringCard gathering={gathering} answerError={answer.error}
      onAnswer={(a, group) => answer.mutate({ id: gathering.id, answer: a, group, version: gathering.version })} />
  );
}
