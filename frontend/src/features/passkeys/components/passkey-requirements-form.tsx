import { useEffect, useState, type FormEvent } from 'react';
import { Problem } from '@/components/form';
import type { Role } from '@/lib/types';

/** The roles that read personal data: the ones a passkey may be required of. */
export const ELIGIBLE_ROLES: { role: Role; name: string }[] = [
  { role: 'PROVIDER', name: 'Providers' },
  { role: 'LINK_WORKER', name: 'Link workers' },
  { role: 'ADMIN', name: 'Admins' },
];

/** An admin's choice of the roles that must confirm a password sign-in with a passkey. */
export function PasskeyRequirementsForm({ required, onSave, busy = false, error }: {
  required: Role[];
  onSave: (roles: Role[]) => void;
  busy?: boolean;
  error?: unknown;
}) {
  const [chosen, setChosen] = useState<Role[]>(required);
  useEffect(() => setChosen(required), [required]);

  function save(event: FormEvent) {
    event.preventDefault();
    onSave(ELIGIBLE_ROLES.map((r) => r.role).filter((role) => chosen.includes(role)));
  }

  return (
    <form onSubmit={save} className="stack" aria-label="Passkeys required">
      <fieldset>
        <legend>Require a passkey after the password for</legend>
        {ELIGIBLE_ROLES.map(({ role, name }) => (
          <label key={role} className="checkbox">
            <input type="checkbox" name={role} checked={chosen.includes(role)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, role] : chosen.filter((r) => r !== role))} />
            {name}
          </label>
        ))}
      </fieldset>
      <p className="hint">
        It applies from each person’s next sign-in. Someone without a passkey may add one then, once; after an
        admin removes their passkeys they need a grace from an admin to add a new one.
      </p>
      <Problem error={error} />
      <button type="submit" className="primary" disabled={busy}>Save</button>
    </form>
  );
}
