import { useState, type FormEvent } from 'react';
import { Field, Problem, fieldError } from '../../components/Form';
import { api } from '../../lib/api';
import type { DeclineReason, ReferralStatus, ReferralView } from '../../lib/types';
import { movesFor, type Side } from './referralState';

const verbs: Record<ReferralStatus, string> = {
  SENT: 'Send', ACCEPTED: 'Accept', ATTENDING: 'Mark attending', COMPLETED: 'Mark complete',
  DECLINED: 'Decline', WITHDRAWN: 'Withdraw',
};

interface Movable { id: string; status: ReferralStatus; version: number; participantReference?: string }

/** The moves this side may make on a referral, each one click (declining asks why). */
export function ReferralActions({ referral, side, onChanged, compact = false }: {
  referral: Movable;
  side: Side;
  onChanged: (view: ReferralView) => void;
  compact?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<DeclineReason>('NOT_SUITABLE');
  const [note, setNote] = useState('');
  const [override, setOverride] = useState(false);
  const moves = movesFor(side, referral.status);
  if (moves.length === 0) return compact ? null : <p className="hint">This referral has ended.</p>;
  const who = referral.participantReference ? ` (${referral.participantReference})` : '';

  async function move(status: ReferralStatus, extra: Record<string, unknown> = {}) {
    setBusy(true);
    setError(undefined);
    try {
      const view = await api.post<ReferralView>(`/api/referrals/${referral.id}/status`, {
        status, version: referral.version, ...(status === 'ACCEPTED' && override ? { overrideCapacity: true } : {}), ...extra,
      });
      setDeclining(false);
      onChanged(view);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function decline(event: FormEvent) {
    event.preventDefault();
    void move('DECLINED', { declineReason: reason, note: note.trim() || undefined });
  }

  const fullProblem = !!error && /space|full|capacity/i.test(String((error as Error).message));
  return (
    <div className={compact ? 'actions compact' : 'actions'}>
      {moves.filter((m) => m !== 'DECLINED').map((m) => (
        <button key={m} type="button" className={m === 'ACCEPTED' ? 'primary small' : 'small'} disabled={busy}
          onClick={() => (m === 'WITHDRAWN' && !window.confirm('Withdraw this referral?') ? undefined : void move(m))}>
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
