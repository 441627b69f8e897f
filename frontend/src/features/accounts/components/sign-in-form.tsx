import { useState, type FormEvent } from 'react';
import { Field, Problem, fieldError } from '@/components/form';
import { registerPasskey } from '@/lib/passkeys';
import { useSession } from '@/lib/session';
import type { Session } from '@/lib/types';
import { PasskeyStep } from './passkey-step';

/**
 * Sign in with username and password, or with a passkey; a role that requires passkeys then shows the
 * passkey step. `onSignedIn` says where to go next.
 */
export function SignInForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { signIn, signInWithPasskey, signOut, pending } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function attempt(work: () => Promise<Session>) {
    setBusy(true);
    setError(undefined);
    try {
      const session = await work();
      if (!session.passkeyStep) onSignedIn(session);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void attempt(() => signIn(username.trim(), password));
  }

  if (pending) {
    return (
      <PasskeyStep session={pending} busy={busy} error={error}
        onConfirm={() => void attempt(signInWithPasskey)}
        onEnrol={(label) => void attempt(async () => { await registerPasskey(label); return signInWithPasskey(); })}
        onCancel={() => { setError(undefined); void signOut(); }} />
    );
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
      {/* Named so that no other button's name contains "Sign in": the password button stays the only one. */}
      <p className="or">Or sign in with a passkey, if you have added one to your account:</p>
      <button type="button" disabled={busy} onClick={() => void attempt(signInWithPasskey)}>Use a passkey</button>
      <p id="sign-in-note" className="hint">
        Demo accounts (password <code>hedgerow-demo</code>): <code>gene</code> (provider), <code>amira</code> (link
        worker), <code>facilitator</code>, <code>admin</code>.
      </p>
    </section>
  );
}
