import { useState, type FormEvent } from 'react';
import { Field, fieldError, Problem } from '@/components/form';
import { dateTime } from '@/lib/format';
import type { Gathering, GatheringAnswer } from '../api/get-gatherings';

const answerNames: Record<GatheringAnswer, string> = { YES: 'Yes', NO: 'No', MAYBE: 'Maybe' };

export type RecordActions = {
  connect: (groups: [string, string], context: string) => Promise<unknown>;
  plan: (title: string, text: string) => Promise<unknown>;
  error: unknown;
};

/**
 * One gathering: when and where, each invited group's answer, and what came of it. An organiser answers for
 * their own groups (`onAnswer`); a facilitator records connections and plans (`record`) from the day on.
 */
export function GatheringCard({ gathering, onAnswer, answerError, record, today = new Date() }: {
  gathering: Gathering;
  onAnswer?: (answer: GatheringAnswer, group: string) => void;
  answerError?: unknown;
  record?: RecordActions;
  today?: Date;
}) {
  const invited = gathering.invited;
  const where = gathering.venue?.name ?? gathering.place ?? '';
  // From the day of the gathering on (as the server counts it), whatever the time.
  const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
  const started = !!gathering.startsAt && new Date(gathering.startsAt) < tomorrow;
  const cameOrMayCome = invited.filter((i) => i.answer !== 'NO');
  const headingId = `gathering-${gathering.id}`;
  return (
    <article className="panel gathering" aria-labelledby={headingId} data-testid="gathering">
      <h3 id={headingId}>{gathering.title}</h3>
      <p>{dateTime(gathering.startsAt)}{where && <> · {where}</>}{gathering.locality?.name && <> · {gathering.locality.name}</>}</p>
      <h4>Invited</h4>
      <ul aria-label={`Answers for ${gathering.title}`}>
        {invited.map((i) => (
          <li key={i.group.id} data-testid="invitation" data-group={i.group.id} data-answer={i.answer ?? 'NONE'}>
            {i.group.name}: <strong>{i.answer ? answerNames[i.answer] : 'no answer yet'}</strong>
            {onAnswer && i.yours && (
              <span className="answer-buttons">
                {(['YES', 'MAYBE', 'NO'] as const).map((a) => (
                  <button key={a} type="button" className={`small${i.answer === a ? ' primary' : ''}`}
                    aria-pressed={i.answer === a} onClick={() => onAnswer(a, i.group.id)}>
                    {answerNames[a]}<span className="visually-hidden"> for {i.group.name}</span>
                  </button>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
      <Problem error={answerError} />
      {gathering.connections.length > 0 && (
        <>
          <h4>Connections made there</h4>
          <ul>
            {gathering.connections.map((c) => (
              <li key={c.introductionId}>
                {c.from.name} ({c.fromGroup?.name}) and {c.to.name} ({c.toGroup?.name}): “{c.context}”
              </li>
            ))}
          </ul>
        </>
      )}
      {gathering.plans.length > 0 && (
        <>
          <h4>Plans</h4>
          <ul>{gathering.plans.map((p) => <li key={p.postId}>{p.title}</li>)}</ul>
        </>
      )}
      {record && (started
        ? <RecordForms gathering={gathering} groups={cameOrMayCome.map((i) => i.group)} record={record} />
        : <p className="hint">Connections and plans can be recorded from the day of the gathering.</p>)}
    </article>
  );
}

function RecordForms({ gathering, groups, record }: {
  gathering: Gathering; groups: { id: string; name: string }[]; record: RecordActions;
}) {
  const [one, setOne] = useState('');
  const [other, setOther] = useState('');
  const [context, setContext] = useState('');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const connect = async (event: FormEvent) => {
    event.preventDefault();
    await record.connect([one, other], context);
    setContext('');
  };
  const plan = async (event: FormEvent) => {
    event.preventDefault();
    await record.plan(title, text);
    setTitle('');
    setText('');
  };
  return (
    <div className="gathering-records">
      <Problem error={record.error} fieldsShown={['context', 'title', 'text']} />
      <form onSubmit={(e) => void connect(e).catch(() => {})} aria-label={`Record a connection made at ${gathering.title}`}>
        <h4>Record a connection</h4>
        <Field label="One group">{(p) => (
          <select {...p} value={one} onChange={(e) => setOne(e.target.value)} required>
            <option value="">Choose…</option>
            {groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
          </select>)}
        </Field>
        <Field label="Met with">{(p) => (
          <select {...p} value={other} onChange={(e) => setOther(e.target.value)} required>
            <option value="">Choose…</option>
            {groups.filter((g) => g.id !== one).map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
          </select>)}
        </Field>
        <Field label="What they found to do together" error={fieldError(record.error, 'context')}>{(p) => (
          <input {...p} value={context} onChange={(e) => setContext(e.target.value)} minLength={10} maxLength={500} required />)}
        </Field>
        <button type="submit" className="primary">Record connection</button>
      </form>
      <form onSubmit={(e) => void plan(e).catch(() => {})} aria-label={`Record a plan made at ${gathering.title}`}>
        <h4>Record a plan (goes on the noticeboard)</h4>
        <Field label="Plan" error={fieldError(record.error, 'title')}>{(p) => (
          <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} minLength={3} maxLength={120} required />)}
        </Field>
        <Field label="Details" error={fieldError(record.error, 'text')}>{(p) => (
          <textarea {...p} value={text} onChange={(e) => setText(e.target.value)} maxLength={4000} required />)}
        </Field>
        <button type="submit">Post plan</button>
      </form>
    </div>
  );
}
