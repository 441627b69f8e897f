import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { STILL_STARTING, useSession } from '@/lib/session';
import type { Role } from '@/lib/types';
import { Loading } from '@/components/form';

/** Shows the page to the given roles; sends anyone else to sign in (or says they may not see it). */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { user, starting } = useSession();
  const location = useLocation();
  if (user === undefined) return <Loading what={starting ? STILL_STARTING : undefined} />;
  if (user === null) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!roles.includes(user.role)) {
    return (
      <section>
        <h1>Not for your account</h1>
        <p>This page is for {roles.map((r) => r.toLowerCase().replace('_', ' ')).join(' or ')} accounts.</p>
      </section>
    );
  }
  return <>{children}</>;
}
