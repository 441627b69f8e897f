import { useState, type FormEvent } from 'react';
import { Field, Problem } from '@/components/form';
import type { Session } from '@/lib/types';

/**
 * The second step of a password sign-in for a role that requires passkeys: confirm with a passkey; or add
 * one first when the account has none and may (its one-time grace); or, with none and no grace, ask an admin.
 */
export function PasskeyStep({ session, onConfirm, onEnrol, onCancel, busy = false, error }: {
  session: Session;
  onConfirm: () => void;
  onEnrol: (label: string) => void;
  onCancel: () => void;
  busy?: boolean;
  error?: unknown;
}) {
  const [label, setLabel] = useState('');
  function enrol(event: FormEvent) {
    event.preventDefault();
    onEnrol(label.trim() || 'Passkey');
  }
  return (
    <section className="narrow" aria-labelledby="passkey-step-heading">
      <h1 id="passkey-step-heading">Confirm it’s you</h1>
      <p>Accounts like yours, {session.displayName}, sign in with a passkey as well as a password.</p>
      {session.passkeyStep === 'CONFIRM' && (
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>Confirm with your passkey</button>
      )}
      {session.passkeyStep === 'ENROL' && (
        <form onSubmit={enrol} className="stack" aria-label="Add your first passkey">
          <p>You have no passkey yet. Add one now on this device; you will use it each time you sign in.</p>
          <Field label="Name for the passkey" hint="e.g. “Work laptop”">
            {(props) => <input {...props} name="passkey-label" maxLength={60} value={label} onChange={(e) => setLabel(e.target.value)} />}
          </Field>
          <button type="submit" className="primary" disabled={busy}>Add a passkey and continue</button>
        </form>
      )}
      {session.passkeyStep === 'ASK_ADMIN' && (
        <p role="alert">
          Your account has no passkey, and a new one needs an admin’s go-ahead (after a lost device, for instance).
          Ask an admin to grant you a grace to add one, then sign in again.
        </p>
      )}
      <Problem error={error} />
      <button type="button" className="link-button" onClick={onCancel}>Sign out</button>
    </section>
  );
}
