import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { CheckList } from '@/components/check-list';
import { Field, Loading, Problem, fieldError } from '@/components/form';
import { ApiError } from '@/lib/api-client';
import { dayName } from '@/lib/format';
import { WAYS_IN, wayInHints, wayInNames, type WayIn } from '@/lib/sessions';
import { DAYS, type Cost, type Day, type Frequency, type TermView } from '@/lib/types';
import { useActivity, type ActivityDetailsView } from '../api/get-activity';
import { SessionChanges } from './session-changes';
import { useUpdateActivity } from '../api/update-activity';

interface Draft {
  name: string; description: string; days: Day[]; frequency: Frequency; weekOfMonth: string; startTime: string; endTime: string;
  capacity: string; spacesLeft: string; cost: Cost; costNote: string; accessibility: string; whatToBring: string; contact: string;
  categories: string[]; needs: string[]; minimumAge: string; maximumAge: string; wayIn: WayIn;
}

function draftOf(a: ActivityDetailsView): Draft {
  return {
    name: a.name, description: a.description ?? '', days: a.days, frequency: a.frequency ?? 'WEEKLY',
    weekOfMonth: a.weekOfMonth === null ? '' : String(a.weekOfMonth), startTime: a.startTime ?? '', endTime: a.endTime ?? '',
    capacity: a.capacity === null ? '' : String(a.capacity), spacesLeft: a.spacesLeft === null ? '' : String(a.spacesLeft),
    cost: a.cost, costNote: a.costNote ?? '', accessibility: a.accessibility ?? '', whatToBring: a.whatToBring ?? '',
    contact: a.contact ?? '', categories: a.categories.map((c) => c.id), needs: a.needs.map((n) => n.id),
    minimumAge: a.minimumAge === null ? '' : String(a.minimumAge), maximumAge: a.maximumAge === null ? '' : String(a.maximumAge),
    wayIn: a.wayIn,
  };
}

const frequencies = ['WEEKLY', 'FORTNIGHTLY', 'MONTHLY'] as const satisfies readonly Frequency[];
const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** Edit an activity's schedule, capacity and details; a stale version is a conflict the editor can resolve. */
export function ActivityEditor({ id, vocabulary, venues }: {
  id: string; vocabulary?: { categories: TermView[]; needs: TermView[] };
  /** Where a session could move to (nearby venues). */
  venues?: { id: string; name: string }[];
}) {
  const activity = useActivity(id);
  const update = useUpdateActivity();
  const [draft, setDraft] = useState<Draft | null>(null);
  const error = update.error;
  const [saved, setSaved] = useState('');
  useEffect(() => { if (activity.data) setDraft(draftOf(activity.data)); }, [activity.data]);

  if (activity.error) return <Problem error={activity.error} />;
  const a = activity.data;
  if (!a || !draft) return <Loading />;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });
  const e = (field: string) => fieldError(error, field);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!a || !draft) return;
    setSaved('');
    update.mutate({
      id: a.id,
      changes: {
        version: a.version, name: draft.name, description: draft.description, days: draft.days, frequency: draft.frequency,
        weekOfMonth: draft.frequency === 'MONTHLY' ? numberOrNull(draft.weekOfMonth) : null,
        startTime: draft.startTime || null, endTime: draft.endTime || null,
        capacity: numberOrNull(draft.capacity), spacesLeft: numberOrNull(draft.spacesLeft), cost: draft.cost,
        costNote: draft.costNote, accessibility: draft.accessibility, whatToBring: draft.whatToBring, contact: draft.contact,
        categories: draft.categories, needs: draft.needs,
        // Both ages as the form shows them: an emptied one takes the limit away.
        minimumAge: numberOrNull(draft.minimumAge), maximumAge: numberOrNull(draft.maximumAge), clearAges: true,
        wayIn: draft.wayIn,
      },
    }, { onSuccess: (view) => setSaved(`Saved. It now reads: ${view.when ?? ''}`) });
  }

  const conflict = error instanceof ApiError && error.status === 409;
  return (
    <section className="narrow">
      <p className="breadcrumb"><Link to="/provider">My groups</Link> · <Link to={`/activities/${a.id}`}>{a.name}</Link></p>
      <h1>Edit {a.name}</h1>
      <form className="stack" onSubmit={submit} noValidate>
        <Field label="Name" error={e('name')}>{(p) => <input {...p} required value={draft.name} onChange={(ev) => set('name', ev.target.value)} />}</Field>
        <Field label="Description" error={e('description')}>{(p) => <textarea {...p} rows={4} value={draft.description} onChange={(ev) => set('description', ev.target.value)} />}</Field>
        <fieldset>
          <legend>Schedule</legend>
          <CheckList legend="Days" name="days" options={DAYS.map((d) => ({ code: d, name: dayName(d) }))} selected={draft.days}
            onChange={(v) => set('days', v as Day[])} error={e('days')} />
          <div className="row">
            <Field label="How often" error={e('frequency')}>
              {(p) => (
                <select {...p} value={draft.frequency} onChange={(ev) => set('frequency', frequencies.find((f) => f === ev.target.value) ?? 'WEEKLY')}>
                  <option value="WEEKLY">Every week</option><option value="FORTNIGHTLY">Every other week</option><option value="MONTHLY">Once a month</option>
                </select>
              )}
            </Field>
            {draft.frequency === 'MONTHLY' && (
              <Field label="Which week" error={e('weekOfMonth')}>
                {(p) => (
                  <select {...p} value={draft.weekOfMonth} onChange={(ev) => set('weekOfMonth', ev.target.value)}>
                    <option value="1">First</option><option value="2">Second</option><option value="3">Third</option><option value="4">Fourth</option><option value="-1">Last</option>
                  </select>
                )}
              </Field>
            )}
          </div>
          <div className="row">
            <Field label="Starts" error={e('startTime')}>{(p) => <input {...p} type="time" value={draft.startTime} onChange={(ev) => set('startTime', ev.target.value)} />}</Field>
            <Field label="Ends" error={e('endTime')}>{(p) => <input {...p} type="time" value={draft.endTime} onChange={(ev) => set('endTime', ev.target.value)} />}</Field>
          </div>
        </fieldset>
        <div className="row">
          <Field label="Capacity" error={e('capacity')} hint="Leave empty for a drop-in">{(p) => <input {...p} type="number" min={0} value={draft.capacity} onChange={(ev) => set('capacity', ev.target.value)} />}</Field>
          <Field label="Spaces left" error={e('spacesLeft')}>{(p) => <input {...p} type="number" min={0} value={draft.spacesLeft} onChange={(ev) => set('spacesLeft', ev.target.value)} />}</Field>
        </div>
        <div className="row">
          <Field label="Cost" error={e('cost')}>
            {(p) => (
              <select {...p} value={draft.cost} onChange={(ev) => set('cost', ev.target.value as Cost)}>
                <option value="FREE">Free</option><option value="REDUCED">Reduced</option><option value="FEE">Fee</option>
              </select>
            )}
          </Field>
          <Field label="Cost note" error={e('costNote')}>{(p) => <input {...p} value={draft.costNote} onChange={(ev) => set('costNote', ev.target.value)} />}</Field>
        </div>
        <fieldset>
          <legend>Who it is for and how to join</legend>
          <div className="row">
            <Field label="Youngest age" error={e('minimumAge')} hint="Leave empty for no lower limit">{(p) => <input {...p} type="number" min={0} max={120} value={draft.minimumAge} onChange={(ev) => set('minimumAge', ev.target.value)} />}</Field>
            <Field label="Oldest age" error={e('maximumAge')} hint="Leave empty for no upper limit">{(p) => <input {...p} type="number" min={0} max={120} value={draft.maximumAge} onChange={(ev) => set('maximumAge', ev.target.value)} />}</Field>
          </div>
          <Field label="How people join" error={e('wayIn')} hint={wayInHints[draft.wayIn]}>
            {(p) => (
              <select {...p} value={draft.wayIn} onChange={(ev) => set('wayIn', WAYS_IN.find((w) => w === ev.target.value) ?? draft.wayIn)}>
                {WAYS_IN.map((w) => <option key={w} value={w}>{wayInNames[w]}</option>)}
              </select>
            )}
          </Field>
        </fieldset>
        <Field label="Accessibility" error={e('accessibility')}>{(p) => <input {...p} value={draft.accessibility} onChange={(ev) => set('accessibility', ev.target.value)} />}</Field>
        <Field label="What to bring" error={e('whatToBring')}>{(p) => <input {...p} value={draft.whatToBring} onChange={(ev) => set('whatToBring', ev.target.value)} />}</Field>
        <Field label="Contact" error={e('contact')}>{(p) => <input {...p} value={draft.contact} onChange={(ev) => set('contact', ev.target.value)} />}</Field>
        {vocabulary && (
          <>
            <CheckList legend="Kinds of activity" name="categories" options={vocabulary.categories} selected={draft.categories} onChange={(v) => set('categories', v)} error={e('categories')} collapsed />
            <CheckList legend="Helps with" name="needs" options={vocabulary.needs} selected={draft.needs} onChange={(v) => set('needs', v)} error={e('needs')} collapsed />
          </>
        )}
        <Problem error={error} fieldsShown={Object.keys(draft)} />
        {conflict && <p><button type="button" onClick={() => { update.reset(); void activity.refetch(); }}>Load the latest version (your changes here are lost)</button></p>}
        <p role="status" className="saved">{saved}</p>
        <div className="actions"><button type="submit" className="primary">Save</button></div>
      </form>
      <SessionChanges activity={a} venues={venues} />
    </section>
  );
}
