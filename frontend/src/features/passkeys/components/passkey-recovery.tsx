import { useState } from 'react';
import { Problem } from '@/components/form';
import { dateTime } from '@/lib/format';
import type { Passkey } from '../api/get-my-passkeys';

/**
 * An admin's recovery for one account whose holder lost a device: its passkeys, "remove all" (with or without
 * a one-time grace to add a new one with the password alone), and granting that grace on its own.
 */
export function PasskeyRecovery({ username, passkeys, onRemoveAll, onGrantGrace, busy = false, error, done }: {
  username: string;
  passkeys: Passkey[];
  onRemoveAll: (grace: boolean) => void;
  onGrantGrace: () => void;
  busy?: boolean;
  error?: unknown;
  done?: string | null;
}) {
  const [grace, setGrace] = useState(true);
  return (
    <div className="stack" aria-label={`Passkeys of ${username}`} role="group">
      {passkeys.length === 0 ? <p>{username} has no passkeys.</p> : (
        <ul>
          {passkeys.map((p) => (
            <li key={p.id} data-testid="account-passkey">{p.label} · added {dateTime(p.createdAt)} · last used {p.lastUsedAt ? dateTime(p.lastUsedAt) : 'never'}</li>
          ))}
        </ul>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={grace} onChange={(e) => setGrace(e.target.checked)} />
        Let {username} add one new passkey with their password alone
      </label>
      <div className="button-row">
        <button type="button" disabled={busy || passkeys.length === 0} onClick={() => onRemoveAll(grace)}>Remove all passkeys</button>
        <button type="button" disabled={busy} onClick={onGrantGrace}>Grant a grace only</button>
      </div>
      {done && <p role="status">{done}</p>}
      <Problem error={error} />
    </div>
  );
}
