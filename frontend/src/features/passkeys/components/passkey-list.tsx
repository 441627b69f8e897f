import { useState, type FormEvent } from 'react';
import { Field, Problem } from '@/components/form';
import { dateTime } from '@/lib/format';
import type { Passkey } from '../api/get-my-passkeys';

/**
 * One's passkeys (name, added, last used) with a remove button each, and a form to add one made by this
 * browser's authenticator. Presentational: the section around it does the requests.
 */
export function PasskeyList({ passkeys, onAdd, onRemove, busy = false, error }: {
  passkeys: Passkey[];
  onAdd: (label: string) => void;
  onRemove: (passkey: Passkey) => void;
  busy?: boolean;
  error?: unknown;
}) {
  const [label, setLabel] = useState('');

  function add(event: FormEvent) {
    event.preventDefault();
    onAdd(label.trim() || 'Passkey');
    setLabel('');
  }

  return (
    <div className="stack">
      {passkeys.length === 0 ? (
        <p>You have no passkeys yet. A passkey lets you sign in with this device’s screen lock instead of a password.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Your passkeys</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Added</th><th scope="col">Last used</th><th scope="col"><span className="visually-hidden">Remove</span></th></tr></thead>
          <tbody>
            {passkeys.map((passkey) => (
              <tr key={passkey.id} data-testid="passkey">
                <td>{passkey.label}</td>
                <td>{dateTime(passkey.createdAt)}</td>
                <td>{passkey.lastUsedAt ? dateTime(passkey.lastUsedAt) : 'never'}</td>
                <td>
                  <button type="button" className="link-button" disabled={busy} onClick={() => onRemove(passkey)}>
                    Remove <span className="visually-hidden">{passkey.label}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={add} className="inline-form" aria-label="Add a passkey">
        <Field label="Name for the new passkey" hint="e.g. “Work laptop”">
          {(props) => <input {...props} name="passkey-label" maxLength={60} value={label} onChange={(e) => setLabel(e.target.value)} />}
        </Field>
        <button type="submit" className="primary" disabled={busy}>Add a passkey</button>
      </form>
      <Problem error={error} />
    </div>
  );
}
