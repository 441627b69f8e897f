import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { LiveIndicator } from '@/features/live/components/live-indicator';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useSession } from '@/lib/session';
import type { Role } from '@/lib/types';

const links: Record<Role | 'ANON', { to: string; label: string }[]> = {
  ANON: [{ to: '/search', label: 'Find activities' }],
  PROVIDER: [
    { to: '/provider', label: 'My groups' },
    { to: '/provider/inbox', label: 'Referral inbox' },
    { to: '/noticeboard', label: 'Noticeboard' },
    { to: '/provider/connections', label: 'Connections' },
    { to: '/provider/gatherings', label: 'Gatherings' },
    { to: '/search', label: 'Directory' },
  ],
  LINK_WORKER: [
    { to: '/link-worker', label: 'Find for a person' },
    { to: '/link-worker/referrals', label: 'My referrals' },
    { to: '/noticeboard', label: 'Noticeboard' },
  ],
  FACILITATOR: [
    { to: '/facilitator', label: 'Overview' },
    { to: '/facilitator/network', label: 'Network' },
    { to: '/facilitator/gaps', label: 'Gap map' },
    { to: '/facilitator/flows', label: 'Referral flows' },
    { to: '/facilitator/health', label: 'Health' },
    { to: '/facilitator/outcomes', label: 'Outcomes' },
    { to: '/facilitator/relationships', label: 'Relationships' },
    { to: '/facilitator/gatherings', label: 'Gatherings' },
    { to: '/facilitator/imports', label: 'Imports' },
    { to: '/noticeboard', label: 'Noticeboard' },
    { to: '/search', label: 'Directory' },
  ],
  ADMIN: [
    { to: '/admin', label: 'Accounts' },
    { to: '/admin/audit', label: 'Audit trail' },
    { to: '/admin/mail', label: 'Mail outbox' },
    { to: '/admin/backups', label: 'Backups' },
    { to: '/admin/personal-data', label: 'Personal data' },
    { to: '/admin/passkeys', label: 'Passkeys' },
    { to: '/facilitator/imports', label: 'Imports' },
    { to: '/facilitator/network', label: 'Network' },
    { to: '/search', label: 'Directory' },
  ],
};

export function Layout() {
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const nav = links[user?.role ?? 'ANON'];
  return (
    <>
      <a href="#main" className="skip-link">Skip to content</a>
      <header className="site-header">
        <div className="brand-row">
          <NavLink to="/" className="brand" aria-label="Hedgerow home">
            <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" className="brand-leaf"><path fill="#9fd9a8" d="M20 3c-9 0-15 4-15 11 0 2 .6 3.7 1.6 5L4 21.6 5.4 23l2.7-2.7c1.3 1 3 1.7 4.9 1.7 7 0 9-7 7-19zM9 17c2-4 5-7 9-9-3 3-6 6-9 9z"/></svg> Hedgerow
          </NavLink>
          <LiveIndicator />
          <NotificationBell signedIn={Boolean(user)} />
          <div className="who">
            {user ? (
              <>
                <NavLink to="/account" className="who-name">{user.displayName} <small>({roleName(user.role)})</small></NavLink>
                <button type="button" className="link-button" onClick={async () => { await signOut(); navigate('/'); }}>
                  Sign out
                </button>
              </>
            ) : user === null ? (
              <NavLink to="/sign-in">Sign in</NavLink>
            ) : null}
          </div>
        </div>
        <nav aria-label="Main">
          <ul>
            {nav.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.to.split('/').length <= 2}>{link.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Hedgerow: a live, shared map of Derby and Derbyshire's green social-prescribing network.</p>
      </footer>
    </>
  );
}

export function roleName(role: Role): string {
  return { PROVIDER: 'provider', LINK_WORKER: 'link worker', FACILITATOR: 'facilitator', ADMIN: 'admin' }[role];
}
