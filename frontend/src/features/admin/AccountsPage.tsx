import { useState, type FormEvent } from 'react';
import { TableScroll } from '../../components/TableScroll';
import { Field, Loading, Problem, fieldError } from '../../components/Form';
import { api } from '../../lib/api';
import { date } from '../../lib/format';
import type { AccountView, Page, Role } from '../../lib/types';
import { useAsync } from '../../lib/useAsync';

/** Accounts: list, open one, enable or disable, reset a password. */
export function AccountsPage() {
  const [page, setPage] = useState(0);
  const accounts = useAsync(() => api.get<Page<AccountView>>('/api/accounts', { page, size: 50 }), [page]);
  const [error, setError] = useState<unknown>();

  async function setEnabled(account: AccountView, enabled: boolean) {
    setError(undefined);
    try {
      const view = await api.patch<AccountView>(`/api/accounts/${account.id}`, { enabled, version: account.version });
      accounts.setData((p) => p && ({ ...p, items: p.items.map((a) => (a.id === view.id ? view : a)) }));
    } catch (caught) {
      setError(caught);
    }
  }

  async function reset(account: AccountView) {
    const newPassword = window.prompt(`New password for ${account.username} (at least 12 characters)`);
    if (!newPassword) return;
    setError(undefined);
    try {
      await api.post(`/api/accounts/${account.id}/password`, { newPassword });
    } catch (caught) {
      setError(caught);
    }
  }

  const p = accounts.data;
  return (
    <section>
      <h1>Accounts</h1>
      <NewAccountForm onCreated={() => void accounts.reload()} />
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
                      <button type="button" className="small" onClick={() => void setEnabled(a, !a.enabled)}>{a.enabled ? 'Disable' : 'Enable'}<span className="visually-hidden"> {a.username}</span></button>
                      <button type="button" className="small" onClick={() => void reset(a)}>Reset password<span className="visually-hidden"> of {a.username}</span></button>
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

function NewAccountForm({ onCreated }: { onCreated: () => void }) {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ username: '', displayName: '', role: 'PROVIDER' as Role, actsAs: '', place: '', password: '' });
  const [error, setError] = useState<unknown>();
  const set = (key: keyof typeof form, value: string) => setForm({ ...form, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      await api.post('/api/accounts', { ...form, actsAs: form.actsAs || undefined, place: form.place || undefined });
      setOpen(false);
      onCreated();
    } catch (caught) {
      setError(caught);
    }
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
