import { useAccounts } from '@/features/accounts/api/get-accounts';
import { PasskeyAdmin } from '@/features/passkeys/components/passkey-admin';

/** Passkeys for admins: the roles that need one, and recovery after a lost device. */
export function PasskeysAdminRoute() {
  const accounts = useAccounts(1);
  return (
    <section>
      <h1>Passkeys</h1>
      <PasskeyAdmin accounts={accounts.data?.items ?? []} />
    </section>
  );
}
