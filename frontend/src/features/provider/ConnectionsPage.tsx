import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Field, Loading, Problem, fieldError } from '../../components/Form';
import { api } from '../../lib/api';
import { date } from '../../lib/format';
import { useSession } from '../../lib/session';
import type { Collaborator, GroupView, IntroductionView, OrganiserView, Page } from '../../lib/types';
import { useAsync } from '../../lib/useAsync';
import { useLive, useResync } from '../../lib/useLive';

/** Suggested collaborators with their reasons, and introductions asked and answered. */
export function ConnectionsPage() {
  const { user } = useSession();
  const organiserId = user?.actsAs?.id ?? '';
  const [params, setParams] = useSearchParams();
  const me = useAsync(() => api.get<OrganiserView>(`/api/organisers/${organiserId}`), [organiserId]);
  const groupId = params.get('group') ?? me.data?.groups[0]?.groupId ?? '';
  const collaborators = useAsync(() => (groupId ? api.get<Collaborator[]>(`/api/groups/${groupId}/collaborators`, { limit: 10 }) : Promise.resolve([])), [groupId]);

  return (
    <section>
      <h1>Connections</h1>
      <Introductions />
      <h2>Who you could work with</h2>
      {me.data && (
        <label>Suggestions for{' '}
          <select value={groupId} onChange={(e) => setParams({ group: e.target.value })}>
            {me.data.groups.map((g) => <option key={g.groupId} value={g.groupId}>{g.groupName}</option>)}
          </select>
        </label>
      )}
      <Problem error={collaborators.error} />
      {collaborators.loading && <Loading what="Finding collaborators" />}
      <ol className="cards">
        {(collaborators.data ?? []).map((c) => <CollaboratorCard key={c.group.id} collaborator={c} fromGroup={groupId} />)}
      </ol>
    </section>
  );
}

function CollaboratorCard({ collaborator, fromGroup }: { collaborator: Collaborator; fromGroup: string }) {
  const [asking, setAsking] = useState(false);
  const [context, setContext] = useState('');
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState('');

  async function ask(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      const group = await api.get<GroupView>(`/api/groups/${collaborator.group.id}`);
      const to = group.organisers[0];
      if (!to) throw new Error('That group has no organiser to ask.');
      await api.post('/api/introductions', { to: to.id, context, group: fromGroup });
      setDone(`Asked ${to.name} for an introduction.`);
      setAsking(false);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <li className="card">
      <h3><Link to={`/groups/${collaborator.group.id}`}>{collaborator.group.name}</Link> <small>({collaborator.locality}, score {collaborator.score})</small></h3>
      <ul className="reasons">
        {collaborator.reasons.map((r, i) => <li key={i}>{r.sentence}</li>)}
      </ul>
      {done ? <p role="status">✓ {done}</p> : asking ? (
        <form onSubmit={ask} className="stack">
          <Field label="Why you would like to meet" error={fieldError(error, 'context')}>
            {(p) => <textarea {...p} required value={context} onChange={(e) => setContext(e.target.value)} />}
          </Field>
          <Problem error={error} fieldsShown={['context']} />
          <div className="actions"><button type="submit" className="primary small">Ask</button><button type="button" className="small" onClick={() => setAsking(false)}>Cancel</button></div>
        </form>
      ) : <button type="button" className="small" onClick={() => setAsking(true)}>Ask for an introduction<span className="visually-hidden"> to {collaborator.group.name}</span></button>}
    </li>
  );
}

function Introductions() {
  const incoming = useAsync(() => api.get<Page<IntroductionView>>('/api/introductions', { direction: 'incoming', size: 50 }), []);
  const outgoing = useAsync(() => api.get<Page<IntroductionView>>('/api/introductions', { direction: 'outgoing', size: 50 }), []);
  const [error, setError] = useState<unknown>();
  const reload = () => { void incoming.reload(); void outgoing.reload(); };
  useLive('/user/queue/introductions', reload);
  useResync(reload);

  async function answer(intro: IntroductionView, verb: 'accept' | 'decline') {
    setError(undefined);
    try {
      await api.post(`/api/introductions/${intro.id}/${verb}`, { version: intro.version });
      reload();
    } catch (caught) {
      setError(caught);
    }
  }

  const open = (incoming.data?.items ?? []).filter((i) => i.status === 'REQUESTED');
  return (
    <section className="panel" aria-labelledby="intro-heading">
      <h2 id="intro-heading">Introduction requests</h2>
      <Problem error={error ?? incoming.error} />
      {open.length === 0 && <p>No requests waiting for you.</p>}
      <ul>
        {open.map((i) => (
          <li key={i.id}>
            <strong>{i.from.name}</strong>{i.about && <> ({i.about.name})</>} would like to meet: “{i.context}” <small>{date(i.requestedAt)}</small>{' '}
            <button type="button" className="small primary" onClick={() => void answer(i, 'accept')}>Accept<span className="visually-hidden"> {i.from.name}</span></button>{' '}
            <button type="button" className="small" onClick={() => void answer(i, 'decline')}>Decline<span className="visually-hidden"> {i.from.name}</span></button>
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
