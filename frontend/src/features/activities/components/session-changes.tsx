import { useState, type FormEvent } from 'react';
import { Field, Problem, fieldError } from '@/components/form';
import { sessionText, type NextSession } from '@/lib/sessions';
import type { ActivityDetailsView } from '../api/get-activity';
import { useChangeSession } from '../api/change-session';
import { useUndoSessionChange } from '../api/undo-session-change';

/**
 * The organiser's view of the coming sessions: cancel one or change where or when it is ("no walk on Saturday:
 * the towpath is flooded"), or put it back as planned. People following the place, and link workers with someone
 * referred there, hear of it live.
 */
export function SessionChanges({ activity, venues = [] }: { activity: ActivityDetailsView; venues?: { id: string; name: string }[] }) {
  const undo = useUndoSessionChange();
  const [open, setOpen] = useState<string | null>(null);
  if (activity.nextSessions.length === 0) return null;
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Coming sessions</h2>
      <p className="hint">Cancel one session or move it, with a note for the people coming.</p>
      <ul className="stack">
        {activity.nextSessions.map((s) => (
          <li key={s.date} data-testid="session-editor" data-date={s.date} data-status={s.status}>
            <span>{sessionText(s)}</span>{s.note && <span className="session-note">: {s.note}</span>}{' '}
            {s.status === 'AS_PLANNED'
              ? open !== s.date && <button type="button" className="small" onClick={() => setOpen(s.date)}>Cancel or change…</button>
              : <button type="button" className="small" disabled={undo.isPending}
                  onClick={() => undo.mutate({ id: activity.id, date: s.date, version: s.changeVersion ?? 0 })}>Put back as planned</button>}
            {open === s.date && <ChangeForm activity={activity} session={s} venues={venues} onDone={() => setOpen(null)} />}
          </li>
        ))}
      </ul>
      <Problem error={undo.error} />
    </section>
  );
}

function ChangeForm({ activity, session, venues, onDone }: {
  activity: ActivityDetailsView; session: NextSession; venues: { id: string; name: string }[]; onDone: () => void;
}) {
  const change = useChangeSession();
  const [status, setStatus] = useState<'CANCELLED' | 'CHANGED'>('CANCELLED');
  const [note, setNote] = useState('');
  const [venue, setVenue] = useState('');
  const [startTime, setStartTime] = useState('');
  const e = (field: string) => fieldError(change.error, field);

  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate({
      id: activity.id, date: session.date,
      change: { status, note, venue: status === 'CHANGED' && venue ? venue : undefined,
        startTime: status === 'CHANGED' && startTime ? startTime : undefined },
    }, { onSuccess: onDone });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={`Change the session of ${session.date}`}>
      <div className="checks" role="radiogroup" aria-label="What happens">
        <label><input type="radio" name={`status-${session.date}`} checked={status === 'CANCELLED'} onChange={() => setStatus('CANCELLED')} /> Cancelled</label>
        <label><input type="radio" name={`status-${session.date}`} checked={status === 'CHANGED'} onChange={() => setStatus('CHANGED')} /> Changed (another place or time)</label>
      </div>
      <Field label="Note for the people coming" error={e('note')} hint="e.g. No walk this week: the towpath is flooded">
        {(p) => <input {...p} value={note} maxLength={300} onChange={(ev) => setNote(ev.target.value)} />}
      </Field>
      {status === 'CHANGED' && (
        <div className="row">
          <Field label="Held at instead" error={e('venue')}>
            {(p) => (
              <select {...p} value={venue} onChange={(ev) => setVenue(ev.target.value)}>
                <option value="">The usual venue</option>
                {venues.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
              </select>
            )}
          </Field>
          <Field label="Starts instead at" error={e('startTime')}>
            {(p) => <input {...p} type="time" value={startTime} onChange={(ev) => setStartTime(ev.target.value)} />}
          </Field>
        </div>
      )}
      <Problem error={change.error} fieldsShown={['note', 'venue', 'startTime']} />
      <div className="actions">
        <button type="submit" className="primary" disabled={change.isPending}>Save session change</button>
        <button type="button" onClick={onDone}>Never mind</button>
      </div>
    </form>
  );
}
