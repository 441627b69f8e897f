import { useState, type FormEvent } from 'react';
import { Field, Problem, fieldError } from '@/components/form';
import { useSession } from '@/lib/session';
import type { Session } from '@/lib/types';

/** Sign in with username and password; `onSignedIn` says where to go next. */
export function SignInForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onSignedIn(await signIn(username.trim(), password));
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
