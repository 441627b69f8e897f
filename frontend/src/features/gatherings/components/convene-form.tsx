import { useState, type FormEvent } from 'react';
import { Field, fieldError, Problem } from '@/components/form';
import { useConveneGathering } from '../api/convene-gathering';
import { useInvitableGroups } from '../api/get-invitable-groups';

/** A facilitator convenes a gathering in their place: title, when, where in words, which groups are invited. */
export function ConveneForm({ locality }: { locality: string | undefined }) {
  const groups = useInvitableGroups(locality);
  const convene = useConveneGathering();
  const [title, setTitle] = useState('');
  const [when, setWhen] = useState('');
  const [place, setPlace] = useState('');
  const [invited, setInvited] = useState<string[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    convene.mutate(
      // The input holds a local date and time; the API takes an instant.
      { title, startsAt: when ? new Date(when).toISOString() : '', place, locality, groups: invited },
      { onSuccess: () => { setTitle(''); setWhen(''); setPlace(''); setInvited([]); } },
    );
  };
  const toggle = (id: string) => setInvited((now) => now.includes(id) ? now.filter((g) => g !== id) : [...now, id]);

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="convene-heading">
      <h2 id="convene-heading">Convene a gathering</h2>
      <Problem error={convene.error} fieldsShown={['title', 'startsAt', 'place', 'groups']} />
      <Field label="Title" error={fieldError(convene.error, 'title')}>{(p) => (
        <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} minLength={3} maxLength={120} required />)}
      </Field>
      <Field label="When" error={fieldError(convene.error, 'startsAt')}>{(p) => (
        <input {...p} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} required />)}
      </Field>
      <Field label="Where" hint="e.g. the back room of the Railway, Belper" error={fieldError(convene.error, 'place')}>{(p) => (
        <input {...p} value={place} onChange={(e) => setPlace(e.target.value)} maxLength={200} required />)}
      </Field>
      <fieldset aria-describedby={fieldError(convene.error, 'groups') ? 'invite-error' : undefined}>
        <legend>Invite groups</legend>
        <div className="invite-list">
          {(groups.data ?? []).map((g) => (
            <label key={g.id}>
              <input type="checkbox" checked={invited.includes(g.id)} onChange={() => toggle(g.id)} /> {g.name}
            </label>
          ))}
        </div>
        {fieldError(convene.error, 'groups') && <small id="invite-error" className="field-error" role="alert">⚠ {fieldError(convene.error, 'groups')}</small>}
      </fieldset>
      <button type="submit" className="primary" disabled={convene.isPending}>Convene ({invited.length} invited)</button>
    </form>
  );
}
