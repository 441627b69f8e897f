import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Field, Loading, Problem, fieldError } from '@/components/form';
import type { Collaborator } from '@/lib/types';
import { useCollaborators } from '../api/get-collaborators';
import { useRequestIntroduction } from '../api/request-introduction';

/** Finds the organiser to ask for an introduction to a group (the page composes it from the groups feature). */
export type OrganiserOf = (groupId: string) => Promise<{ id: string; name: string } | undefined>;

/** Suggested collaborators for one of the provider's groups, each with its reasons and an "ask" form. */
export function Collaborators({ groups, groupId, onGroup, organiserOf }: {
  groups: { groupId: string; groupName: string }[] | undefined;
  groupId: string;
  onGroup: (groupId: string) => void;
  organiserOf: OrganiserOf;
}) {
  const collaborators = useCollaborators(groupId);
  return (
    <>
      <h2>Who you could work with</h2>
      {groups && (
        <label>Suggestions for{' '}
          <select value={groupId} onChange={(e) => onGroup(e.target.value)}>
            {groups.map((g) => <option key={g.groupId} value={g.groupId}>{g.groupName}</option>)}
          </select>
        </label>
      )}
      <Problem error={collaborators.error} />
      {collaborators.isFetching && <Loading what="Finding collaborators" />}
      <ol className="cards">
        {(collaborators.data ?? []).map((c) => <CollaboratorCard key={c.group.id} collaborator={c} fromGroup={groupId} organiserOf={organiserOf} />)}
      </ol>
    </>
  );
}

function CollaboratorCard({ collaborator, fromGroup, organiserOf }: { collaborator: Collaborator; fromGroup: string; organiserOf: OrganiserOf }) {
  const [asking, setAsking] = useState(false);
  const [context, setContext] = useState('');
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState('');
  const request = useRequestIntroduction();

  async function ask(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      const to = await organiserOf(collaborator.group.id);
      if (!to) throw new Error('That group has no organiser to ask.');
      await request.mutateAsync({ to: to.id, context, group: fromGroup });
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
