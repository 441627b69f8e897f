import { Problem } from '@/components/form';
import { date } from '@/lib/format';
import { useAnswerIntroduction } from '../api/answer-introduction';
import { useIntroductions } from '../api/get-introductions';
import { useIntroductionNews } from '../hooks/use-introduction-news';

/** Introductions asked of me, to accept or decline, and those I asked for; live. */
export function Introductions() {
  const incoming = useIntroductions('incoming');
  const outgoing = useIntroductions('outgoing');
  const answer = useAnswerIntroduction();
  useIntroductionNews();

  const open = (incoming.data?.items ?? []).filter((i) => i.status === 'REQUESTED');
  return (
    <section className="panel" aria-labelledby="intro-heading">
      <h2 id="intro-heading">Introduction requests</h2>
      <Problem error={answer.error ?? incoming.error} />
      {open.length === 0 && <p>No requests waiting for you.</p>}
      <ul>
        {open.map((i) => (
          <li key={i.id}>
            <strong>{i.from.name}</strong>{i.about && <> ({i.about.name})</>} would like to meet: “{i.context}” <small>{date(i.requestedAt)}</small>{' '}
            <button type="button" className="small primary" onClick={() => answer.mutate({ intro: i, answer: 'accept' })}>Accept<span className="visually-hidden"> {i.from.name}</span></button>{' '}
            <button type="button" className="small" onClick={() => answer.mutate({ intro: i, answer: 'decline' })}>Decline<span className="visually-hidden"> {i.from.name}</span></button>
          </li>
        ))}
      </ul>
      {(outgoing.data?.items.length ?? 0) > 0 && (
        <>
          <h3>You asked</h3>
          <ul>{outgoing.data!.items.map((i) => <li key={i.id}>{i.to.name}: {i.status.toLowerCase()} <small>{date(i.requestedAt)}</small></li>)}</ul>
        </>
      )}
    </section>
  );
}
