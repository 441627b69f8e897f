import { useState } from 'react';
import { Loading, Problem } from '@/components/form';
import { useAccountPasskeys } from '../api/get-account-passkeys';
import { usePasskeyRequirements } from '../api/get-passkey-requirements';
import { useGrantPasskeyGrace } from '../api/grant-passkey-grace';
import { useRemoveAccountPasskeys } from '../api/remove-account-passkeys';
import { useSetPasskeyRequirements } from '../api/set-passkey-requirements';
import { PasskeyRecovery } from './passkey-recovery';
import { PasskeyRequirementsForm } from './passkey-requirements-form';

/** The admin's passkeys page: which roles need one, and recovery for an account (chosen by the page). */
export function PasskeyAdmin({ accounts }: { accounts: { id: string; username: string }[] }) {
  const requirements = usePasskeyRequirements();
  const save = useSetPasskeyRequirements();
  const [accountId, setAccountId] = useState<string>('');
  const account = accounts.find((a) => a.id === accountId) ?? null;
  const passkeys = useAccountPasskeys(account?.id ?? null);
  const removeAll = useRemoveAccountPasskeys();
  const grant = useGrantPasskeyGrace();
  const [done, setDone] = useState<string | null>(null);

  return (
    <>
      <section aria-labelledby="passkey-roles-heading">
        <h2 id="passkey-roles-heading">Roles that need a passkey</h2>
        {requirements.isPending ? <Loading /> : requirements.isError ? <Problem error={requirements.error} /> : (
          <PasskeyRequirementsForm required={requirements.data.roles} busy={save.isPending} error={save.error}
            onSave={(roles) => save.mutate(roles)} />
        )}
        {save.isSuccess && <p role="status">Saved.</p>}
      </section>
      <section aria-labelledby="passkey-recovery-heading">
        <h2 id="passkey-recovery-heading">Lost device</h2>
        <label>
          Account{' '}
          <select value={accountId} onChange={(e) => { setAccountId(e.target.value); setDone(null); }}>
            <option value="">Choose…</option>
            {accounts.map((a) => <option key={a.id} value={a.id}>{a.username}</option>)}
          </select>
        </label>
        {account && (passkeys.isPending ? <Loading /> : passkeys.isError ? <Problem error={passkeys.error} /> : (
          <PasskeyRecovery username={account.username} passkeys={passkeys.data} busy={removeAll.isPending || grant.isPending}
            error={removeAll.error ?? grant.error} done={done}
            onRemoveAll={(grace) => removeAll.mutate({ accountId: account.id, grace },
              { onSuccess: () => setDone(`Removed ${account.username}’s passkeys${grace ? '; they may add a new one' : ''}.`) })}
            onGrantGrace={() => grant.mutate(account.id, { onSuccess: () => setDone(`${account.username} may add one passkey.`) })} />
        ))}
      </section>
    </>
  );
}
