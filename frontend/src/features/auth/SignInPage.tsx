import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Field, Problem, fieldError } from '../../components/Form';
import { useSession } from '../../lib/session';
import { homePath } from '../home/homePath';

export function SignInPage() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const session = await signIn(username.trim(), password);
      const next = params.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : homePath(session.role), { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow">
      <h1>Sign in</h1>
      <form onSubmit={submit} className="stack" aria-describedby="sign-in-note">
        <Field label="Username" error={fieldError(error, 'username')}>
          {(props) => <input {...props} name="username" autoComplete="username" required value={username}
            onChange={(e) => setUsername(e.target.value)} />}
        </Field>
        <Field label="Password" error={fieldError(error, 'password')}>
          {(props) => <input {...props} name="password" type="password" autoComplete="current-password" required
            value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <Problem error={error} fieldsShown={['username', 'password']} />
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
      <p id="sign-in-note" className="hint">
        Demo accounts (password <code>hedgerow-demo</code>): <code>gene</code> (provider), <code>amira</code> (link
        worker), <code>facilitator</code>, <code>admin</code>.
      </p>
    </section>
  );
}
