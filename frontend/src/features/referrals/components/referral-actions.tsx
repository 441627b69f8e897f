import { useState, type FormEvent } from 'react';
import { Field, Problem, fieldError } from '@/components/form';
import type { DeclineReason, ReferralStatus } from '@/lib/types';
import { useChangeReferralStatus, type StatusChange } from '../api/change-referral-status';
import { movesFor, type Side } from '../utils/referral-state';

const verbs: Record<ReferralStatus, string> = {
  SENT: 'Send', ACCEPTED: 'Accept', ATTENDING: 'Mark attending', COMPLETED: 'Mark complete',
  DECLINED: 'Decline', WITHDRAWN: 'Withdraw',
};

interface Movable { id: string; status: ReferralStatus; version: number; participantReference?: string | null }

/** The moves this side may make on a referral, each one click (declining asks why); the answer updates the cache. */
export function ReferralActions({ referral, side, compact = false }: {
  referral: Movable;
  side: Side;
  compact?: boolean;
}) {
  const change = useChangeReferralStatus();
  const busy = change.isPending;
  const error = change.error;
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<DeclineReason>('NOT_SUITABLE');
  const [note, setNote] = useState('');
  const [override, setOverride] = useState(false);
  const moves = movesFor(side, referral.status);
  if (moves.length === 0) return compact ? null : <p className="hint">This referral has ended.</p>;
  const who = referral.participantReference ? ` (${referral.participantReference})` : '';

  function move(status: ReferralStatus, extra: Partial<StatusChange> = {}) {
    change.mutate({
      id: referral.id,
      change: { status, version: referral.version, ...(status === 'ACCEPTED' && override ? { overrideCapacity: true } : {}), ...extra },
    }, { onSuccess: () => setDeclining(false) });
  }

  function decline(event: FormEvent) {
    event.preventDefault();
    move('DECLINED', { declineReason: reason, note: note.trim() || undefined });
  }

  const fullProblem = !!error && /space|full|capacity/i.test(String((error as Error).message));
  return (
    <div className={compact ? 'actions compact' : 'actions'}>
      {moves.filter((m) => m !== 'DECLINED').map((m) => (
        <button key={m} type="button" className={m === 'ACCEPTED' ? 'primary small' : 'small'} disabled={busy}
          onClick={() => (m === 'WITHDRAWN' && !window.confirm('Withdraw this referral?') ? undefined : move(m))}>
          {verbs[m]}<span className="visually-hidden">{who}</span>
        </button>
      ))}
      {moves.includes('DECLINED') && !declining && (
        <button type="button" className="small" disabled={busy} onClick={() => setDeclining(true)}>
          Decline…<span className="visually-hidden">{who}</span>
        </button>
      )}
      {declining && (
        <form className="decline" onSubmit={decline}>
          <Field label="Why decline?" error={fieldError(error, 'declineReason')}>
            {(p) => (
              <select {...p} value={reason} onChange={(e) => setReason(e.target.value as DeclineReason)}>
                <option value="FULL">Full</option>
                <option value="NOT_SUITABLE">Not suitable</option>
                <option value="NO_CONTACT">Could not make contact</option>
                <option value="OTHER">Other (say why)</option>
              </select>
            )}
          </Field>
          <Field label="Note" error={fieldError(error, 'note')}>
            {(p) => <input {...p} value={note} onChange={(e) => setNote(e.target.value)} required={reason === 'OTHER'} />}
          </Field>
          <button type="submit" className="small danger" disabled={busy}>Decline</button>
          <button type="button" className="small" onClick={() => setDeclining(false)}>Cancel</button>
        </form>
      )}
      {fullProblem && moves.includes('ACCEPTED') && (
        <label className="override"><input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} /> Accept even though it is full</label>
      )}
      <Problem error={error} fieldsShown={['declineReason', 'note']} />
    </div>
  );
}
