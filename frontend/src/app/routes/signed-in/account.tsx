import { PasskeysSection } from '@/features/passkeys/components/passkeys-section';
import { useSession } from '@/lib/session';

/** Your account: who you are signed in as, and your passkeys. */
export function AccountRoute() {
  const { user } = useSession();
  return (
    <section>
      <h1>Your account</h1>
      {user && <p>Signed in as <strong>{user.username}</strong> ({user.displayName}).</p>}
      <PasskeysSection />
    </section>
  );
}
