import { Loading, Problem } from '@/components/form';
import { useAddPasskey } from '../api/add-passkey';
import { useMyPasskeys } from '../api/get-my-passkeys';
import { useRemoveMyPasskey } from '../api/remove-my-passkey';
import { PasskeyList } from './passkey-list';

/** The account page's "Passkeys" section: one's own passkeys, added and removed here. */
export function PasskeysSection() {
  const passkeys = useMyPasskeys();
  const add = useAddPasskey();
  const remove = useRemoveMyPasskey();
  return (
    <section aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">Passkeys</h2>
      {passkeys.isPending ? <Loading what="Loading your passkeys" /> : passkeys.isError ? <Problem error={passkeys.error} /> : (
        <PasskeyList passkeys={passkeys.data} busy={add.isPending || remove.isPending} error={add.error ?? remove.error}
          onAdd={(label) => add.mutate(label)}
          onRemove={(passkey) => {
            if (window.confirm(`Remove the passkey “${passkey.label}”? You will not be able to sign in with it again.`)) remove.mutate(passkey.id);
          }} />
      )}
    </section>
  );
}
