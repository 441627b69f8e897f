import { useState, type FormEvent } from 'react';
import { Field, Loading, Problem, fieldError } from '@/components/form';
import { dateTime } from '@/lib/format';
import { useErasePersonalData, type Erasure } from '../api/erase-personal-data';
import { useSubjectAccess, type SubjectAccessReport } from '../api/get-subject-access';
import { useWithdrawConsent } from '../api/withdraw-consent';

type Action = 'erase' | 'withdraw';

/**
 * An admin acts on a person's request about their personal data: finds what is held under their participant
 * reference (the look-up is the subject access export, audited as one), saves it as a file for the person, and
 * erases it or records that they withdrew consent, each after a confirmation, since neither can be undone.
 */
export function PersonalData() {
  const [draft, setDraft] = useState('');
  const [reference, setReference] = useState('');
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [done, setDone] = useState<{ action: Action; erasure: Erasure } | null>(null);
  const report = useSubjectAccess(reference);
  const erase = useErasePersonalData();
  const withdraw = useWithdrawConsent();
  const acting = confirming === 'withdraw' ? withdraw : erase;

  function find(event: FormEvent) {
    event.preventDefault();
    setConfirming(null);
    setDone(null);
    setReference(draft.trim());
  }

  function confirm() {
    if (!confirming) return;
    const action = confirming;
    acting.mutate(reference, { onSuccess: (erasure) => { setDone({ action, erasure }); setConfirming(null); } });
  }

  return (
    <section>
      <h1>Personal data</h1>
      <p className="lead">Answer a person's request about what Hedgerow holds about them. Looking a reference up is
        recorded in the audit trail as a subject access export.</p>
      <form className="toolbar" onSubmit={find} aria-label="Find a participant reference">
        <Field label="Participant reference" hint="Exactly as the link worker recorded it, e.g. BEL-2025-0142"
               error={fieldError(report.error, 'reference')}>
          {(p) => <input {...p} value={draft} maxLength={40} required onChange={(e) => setDraft(e.target.value)} />}
        </Field>
        <button type="submit" className="primary">Find</button>
      </form>
      {done && <Done {...done} />}
      {reference && !done && report.isLoading && <Loading what="Gathering everything held" />}
      {reference && !done && <Problem error={report.error} fieldsShown={['reference']} />}
      {report.data && !done && (
        <>
          <Held report={report.data} />
          <div className="actions">
            <button type="button" onClick={() => save(report.data)}>Save the export (JSON)</button>
            <button type="button" onClick={() => setConfirming('erase')}>Erase personal details…</button>
            <button type="button" onClick={() => setConfirming('withdraw')}>Record withdrawn consent…</button>
          </div>
          {confirming && (
            <div className="panel" role="alertdialog" aria-label="Confirm">
              <p><strong>{confirming === 'erase' ? 'Erase' : 'Record withdrawn consent and erase'} the personal details
                of {report.data.reference}?</strong> Their contact, the reasons and notes go at once and cannot be brought
                back; open referrals are withdrawn and the groups told.
                {confirming === 'withdraw' && ' A new referral of this reference will need consent recorded from now on.'}</p>
              <Problem error={acting.error} />
              <div className="actions">
                <button type="button" className="primary" onClick={confirm} disabled={acting.isPending}>
                  {confirming === 'erase' ? 'Yes, erase' : 'Yes, consent withdrawn'}
                </button>
                <button type="button" onClick={() => setConfirming(null)}>Cancel</button>
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Held({ report }: { report: SubjectAccessReport }) {
  const referrals = report.participants.flatMap((p) => p.referrals);
  return (
    <div className="panel" data-testid="held">
      <h2>Held about {report.reference}</h2>
      <p>{report.participants.length} participant record{report.participants.length === 1 ? '' : 's'},{' '}
        {referrals.length} referral{referrals.length === 1 ? '' : 's'}, {report.auditLines.length} audit line
        {report.auditLines.length === 1 ? '' : 's'}.</p>
      <ul>
        {referrals.map((r) => (
          <li key={r.id}>{r.activity.name} ({r.group.name}): {r.status.toLowerCase()}, made {dateTime(r.createdAt)} by {r.madeBy.name}</li>
        ))}
      </ul>
    </div>
  );
}

function Done({ action, erasure }: { action: Action; erasure: Erasure }) {
  return (
    <p className="panel" role="status" data-testid="erased">
      {action === 'withdraw' ? 'Consent withdrawn: ' : 'Erased: '}
      the personal details of {erasure.participants} participant record{erasure.participants === 1 ? '' : 's'} and{' '}
      {erasure.referrals} referral{erasure.referrals === 1 ? '' : 's'} are gone
      {erasure.withdrawn.length > 0 ? `; ${erasure.withdrawn.length} open referral${erasure.withdrawn.length === 1 ? ' was' : 's were'} withdrawn and the groups told` : ''}.
    </p>
  );
}

/** Saves the export already fetched (no second request, so no second audit line) as a file for the person. */
function save(report: SubjectAccessReport) {
  const file = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = `subject-access-${report.exportedAt.slice(0, 10)}.json`;
  link.click();
  URL.revokeObjectURL(link.href);
}
