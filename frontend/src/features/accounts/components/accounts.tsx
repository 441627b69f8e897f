import { useState, type FormEvent } from 'react';
import { Field, Loading, Problem, fieldError } from '@/components/form';
import { TableScroll } from '@/components/table-scroll';
import { date } from '@/lib/format';
import type { AccountView, Role } from '@/lib/types';
import { useCreateAccount } from '../api/create-account';
import { useAccounts } from '../api/get-accounts';
import { useResetPassword } from '../api/reset-password';
import { useUpdateAccount } from '../api/update-account';

/** Accounts: list, open one, enable or disable, reset a password. */
export function Accounts() {
  const [page, setPage] = useState(0);
  const accounts = useAccounts(page);
  const update = useUpdateAccount();
  const resetting = useResetPassword();
  const error = update.error ?? resetting.error;

  function reset(account: AccountView) {
    const newPassword = window.prompt(`New password for ${account.username} (at least 12 characters)`);
    if (newPassword) resetting.mutate({ accountId: account.id, newPassword });
  }

  const p = accounts.data;
  return (
    <section>
      <h1>Accounts</h1>
      <NewAccountForm />
      <Problem error={error ?? accounts.error} />
      {!p && <Loading />}
      {p && (
        <>
          <TableScroll label="Accounts">
            <table>
              <caption>{p.totalItems} accounts</caption>
              <thead><tr><th scope="col">Username</th><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Acts as / place</th><th scope="col">Since</th><th scope="col">State</th><th scope="col">Actions</th></tr></thead>
              <tbody>
                {p.items.map((a) => (
                  <tr key={a.id}>
                    <td>{a.username}{a.demo && <small> (demo)</small>}</td>
                    <td>{a.displayName}</td>
                    <td>{a.role.toLowerCase().replace('_', ' ')}</td>
                    <td>{a.actsAs?.name ?? a.place?.name ?? ''}</td>
                    <td>{date(a.createdAt)}</td>
                    <td>{a.enabled ? '✓ enabled' : '✕ disabled'}</td>
                    <td className="actions compact">
                      <button type="button" className="small" onClick={() => update.mutate({ account: a, enabled: !a.enabled })}>{a.enabled ? 'Disable' : 'Enable'}<span className="visually-hidden"> {a.username}</span></button>
                      <button type="button" className="small" onClick={() => reset(a)}>Reset password<span className="visually-hidden"> of {a.username}</span></button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <div className="pager">
            {page > 0 && <button type="button" onClick={() => setPage(page - 1)}>Previous page</button>}
            {page + 1 < p.totalPages && <button type="button" onClick={() => setPage(page + 1)}>Next page</button>}
          </div>
        </>
      )}
    </section>
  );
}

function NewAccountForm() {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ username: '', displayName: '', role: 'PROVIDER' as Role, actsAs: '', place: '', password: '' });
  const create = useCreateAccount();
  const error = create.error;
  const set = (key: keyof typeof form, value: string) => setForm({ ...form, [key]: value });

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ ...form, actsAs: form.actsAs || undefined, place: form.place || undefined }, { onSuccess: () => setOpen(false) });
  }

  if (!open) return <p><button type="button" className="primary" onClick={() => setOpen(true)}>New account</button></p>;
  const e = (f: string) => fieldError(error, f);
  return (
    <form className="panel stack" onSubmit={submit} aria-label="New account">
      <div className="row">
        <Field label="Username" error={e('username')}>{(p) => <input {...p} required value={form.username} onChange={(ev) => set('username', ev.target.value)} />}</Field>
        <Field label="Name" error={e('displayName')}>{(p) => <input {...p} required value={form.displayName} onChange={(ev) => set('displayName', ev.target.value)} />}</Field>
      </div>
      <div className="row">
        <Field label="Role" error={e('role')}>
          {(p) => <select {...p} value={form.role} onChange={(ev) => set('role', ev.target.value)}><option value="PROVIDER">Provider</option><option value="LINK_WORKER">Link worker</option><option value="FACILITATOR">Facilitator</option><option value="ADMIN">Admin</option></select>}
        </Field>
        {(form.role === 'PROVIDER' || form.role === 'LINK_WORKER') && (
          <Field label={form.role === 'PROVIDER' ? 'Organiser id' : 'Link worker id'} error={e('actsAs')}>{(p) => <input {...p} value={form.actsAs} onChange={(ev) => set('actsAs', ev.target.value)} />}</Field>
        )}
        {form.role === 'FACILITATOR' && (
          <Field label="Place (locality code)" error={e('place')}>{(p) => <input {...p} value={form.place} onChange={(ev) => set('place', ev.target.value)} />}</Field>
        )}
      </div>
      <Field label="Password" error={e('password')}>{(p) => <input {...p} type="password" autoComplete="new-password" required value={form.password} onChange={(ev) => set('password', ev.target.value)} />}</Field>
      <Problem error={error} fieldsShown={['username', 'displayName', 'role', 'actsAs', 'place', 'password']} />
      <div className="actions"><button type="submit" className="primary">Create</button><button type="button" onClick={() => setOpen(false)}>Cancel</button></div>
    </form>
  );
}
