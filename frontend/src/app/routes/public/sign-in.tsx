import { useNavigate, useSearchParams } from 'react-router-dom';
import { SignInForm } from '@/features/accounts/components/sign-in-form';
import { homePath } from '../../home-path';

/** Signing in leads back to the page asked for (`next`, only a path of this app) or to the role's home. */
export function SignInRoute() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <SignInForm onSignedIn={(session) => {
      const next = params.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : homePath(session.role), { replace: true });
    }} />
  );
}
