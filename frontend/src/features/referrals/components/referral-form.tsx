import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Field, Problem, fieldError } from '@/components/form';
import { costText, NO_VENUE, spacesText } from '@/lib/format';
import { useSession } from '@/lib/session';
import type { ActivityView, ReferralView, TermView } from '@/lib/types';
import { useMakeReferral } from '../api/make-referral';

function localNow(): string {
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  return now.toISOString().slice(0, 16);
}

/** Refer someone to an activity: a pseudonymous reference, how to reach them, and their recorded consent. */
export function ReferralForm({ activity: a, needs, onMade }: { activity: ActivityView; needs: TermView[]; onMade: (referral: ReferralView) => void }) {
  const { user } = useSession();
  const [chosen, setChosen] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [reference, setReference] = useState('');
  const [contact, setContact] = useState('');
  const [consent, setConsent] = useState(false);
  const [recordedBy, setRecordedBy] = useState(user ? `${user.displayName} (link worker)` : '');
  const [recordedAt, setRecordedAt] = useState(localNow());
  const make = useMakeReferral();
  const error = make.error;
  const busy = make.isPending;

  function submit(event: FormEvent) {
    event.preventDefault();
    make.mutate({
      activity: a.id, needs: chosen, reason,
      participant: { reference, contact, consent: { given: consent, recordedBy, recordedAt: new Date(recordedAt).toISOString() } },
    }, { onSuccess: onMade });
  }

  const suggested = new Set(a.needs.map((n) => n.id));
  const needOptions: TermView[] = [...needs].sort((x, y) => Number(suggested.has(y.code)) - Number(suggested.has(x.code)));
  const e = (field: string) => fieldError(error, field);
  return (
    <section className="narrow">
      <h1>Refer someone to {a.name}</h1>
      <p className="meta"><Link to={`/activities/${a.id}`}>{a.group.name}</Link> · {a.when} · {a.venue?.name ?? NO_VENUE} · {costText(a.cost, a.costNote)} · <strong>{spacesText(a.spacesLeft, a.capacity)}</strong></p>
      <form className="stack" onSubmit={submit} noValidate>
        <fieldset className={e('needs') ? 'field-invalid' : undefined}>
          <legend>What it should help with</legend>
          <div className="checks">
            {needOptions.map((n) => (
              <label key={n.code}>
                <input type="checkbox" name="needs" value={n.code} checked={chosen.includes(n.code)}
                  onChange={(ev) => setChosen(ev.target.checked ? [...chosen, n.code] : chosen.filter((c) => c !== n.code))} />
                {' '}{n.name}{suggested.has(n.code) && <small> (this activity helps)</small>}
              </label>
            ))}
          </div>
          {e('needs') && <small className="field-error" role="alert">⚠ {e('needs')}</small>}
        </fieldset>
        <Field label="Why this activity" error={e('reason')} hint="No names or medical details: what the group needs to know to welcome them">
          {(p) => <textarea {...p} name="reason" maxLength={500} required value={reason} onChange={(ev) => setReason(ev.target.value)} />}
        </Field>
        <Field label="Your reference for the person" error={e('participant.reference')} hint="Your own pseudonymous reference, e.g. GD-2026-0142 (not a name or NHS number)">
          {(p) => <input {...p} name="reference" required minLength={3} maxLength={40} value={reference} onChange={(ev) => setReference(ev.target.value)} />}
        </Field>
        <Field label="How to reach them" error={e('participant.contact')} hint="The minimum the group needs, e.g. phone, best time">
          {(p) => <input {...p} name="contact" required maxLength={200} value={contact} onChange={(ev) => setContact(ev.target.value)} />}
        </Field>
        <fieldset className={e('participant.consent.given') ? 'field-invalid' : undefined}>
          <legend>Consent</legend>
          <label><input type="checkbox" name="consent" checked={consent} onChange={(ev) => setConsent(ev.target.checked)} /> The person agreed to be referred and to the group having these contact details</label>
          {e('participant.consent.given') && <small className="field-error" role="alert">⚠ {e('participant.consent.given')}</small>}
          <div className="row">
            <Field label="Recorded by" error={e('participant.consent.recordedBy')}>
              {(p) => <input {...p} name="recordedBy" required value={recordedBy} onChange={(ev) => setRecordedBy(ev.target.value)} />}
            </Field>
            <Field label="Recorded at" error={e('participant.consent.recordedAt')}>
              {(p) => <input {...p} name="recordedAt" type="datetime-local" required value={recordedAt} onChange={(ev) => setRecordedAt(ev.target.value)} />}
            </Field>
          </div>
        </fieldset>
        <Problem error={error} fieldsShown={['needs', 'reason', 'participant.reference', 'participant.contact', 'participant.consent.given', 'participant.consent.recordedBy', 'participant.consent.recordedAt']} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>{busy ? 'Referring…' : 'Refer'}</button>
          <Link to="/link-worker" className="button">Cancel</Link>
        </div>
      </form>
    </section>
  );
}
