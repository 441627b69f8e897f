import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { createBrowserRouter, useLocation } from 'react-router-dom';
import { Loading } from '@/components/form';
import type { Role } from '@/lib/types';
import { Layout } from './layout';
import { RequireRole } from './require-role';
import { AccountsRoute } from './routes/admin/accounts';
import { AuditRoute } from './routes/admin/audit';
import { MailRoute } from './routes/admin/mail';
import { BackupsRoute } from './routes/admin/backups';
import { PersonalDataRoute } from './routes/admin/personal-data';
import { PasskeysAdminRoute } from './routes/admin/passkeys';
import { FindForPersonRoute } from './routes/linkworker/find';
import { ReferRoute } from './routes/linkworker/refer';
import { MyReferralsRoute } from './routes/linkworker/referrals';
import { ConnectionsRoute } from './routes/provider/connections';
import { ProviderGatheringsRoute } from './routes/provider/gatherings';
import { EditActivityRoute } from './routes/provider/edit-activity';
import { ProviderHomeRoute } from './routes/provider/home';
import { InboxRoute } from './routes/provider/inbox';
import { ActivityRoute } from './routes/public/activity';
import { GroupRoute } from './routes/public/group';
import { HomeRoute } from './routes/public/home';
import { StillRightRoute, UnsubscribeRoute } from './routes/public/mail-links';
import { NotFoundRoute } from './routes/public/not-found';
import { SearchRoute } from './routes/public/search';
import { SignInRoute } from './routes/public/sign-in';
import { VenueRoute } from './routes/public/venue';
import { AccountRoute } from './routes/signed-in/account';
import { NoticeboardRoute } from './routes/signed-in/noticeboard';
import { NotificationSettingsRoute } from './routes/signed-in/notification-settings';
import { NotificationsRoute } from './routes/signed-in/notifications';
import { ReferralRoute } from './routes/signed-in/referral';

// The facilitator's views carry the graph library: loaded only when one is opened.
const FacilitatorHomeRoute = lazy(() => import('./routes/facilitator/home').then((m) => ({ default: m.FacilitatorHomeRoute })));
const FlowsRoute = lazy(() => import('./routes/facilitator/flows').then((m) => ({ default: m.FlowsRoute })));
const GapsRoute = lazy(() => import('./routes/facilitator/gaps').then((m) => ({ default: m.GapsRoute })));
const HealthRoute = lazy(() => import('./routes/facilitator/health').then((m) => ({ default: m.HealthRoute })));
const NetworkRoute = lazy(() => import('./routes/facilitator/network').then((m) => ({ default: m.NetworkRoute })));
const GatheringsRoute = lazy(() => import('./routes/facilitator/gatherings').then((m) => ({ default: m.GatheringsRoute })));
const OutcomesRoute = lazy(() => import('./routes/facilitator/outcomes').then((m) => ({ default: m.OutcomesRoute })));
const ImportsRoute = lazy(() => import('./routes/facilitator/imports').then((m) => ({ default: m.ImportsRoute })));
const RelationshipsRoute = lazy(() => import('./routes/facilitator/relationships').then((m) => ({ default: m.RelationshipsRoute })));

/** Moves focus to the page's heading after each navigation, so screen readers hear the new page. */
function FocusOnNavigate() {
  const location = useLocation();
  useEffect(() => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
    document.title = heading?.textContent ? `${heading.textContent} · Hedgerow` : 'Hedgerow';
  }, [location.pathname]);
  return null;
}

function Shell() {
  return (
    <>
      <FocusOnNavigate />
      <Layout />
    </>
  );
}

const provider: Role[] = ['PROVIDER'];
const editors: Role[] = ['PROVIDER', 'FACILITATOR', 'ADMIN'];
const linkWorker: Role[] = ['LINK_WORKER'];
const insight: Role[] = ['FACILITATOR', 'ADMIN'];
const signedIn: Role[] = ['PROVIDER', 'LINK_WORKER', 'FACILITATOR', 'ADMIN'];
const admin: Role[] = ['ADMIN'];
const only = (roles: Role[], page: ReactNode) => (
  <RequireRole roles={roles}><Suspense fallback={<Loading />}>{page}</Suspense></RequireRole>
);

/** Every page, by role: each composes features (src/features) into what one kind of user sees. */
export const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      { path: '/', element: <HomeRoute /> },
      { path: '/sign-in', element: <SignInRoute /> },
      { path: '/search', element: <SearchRoute /> },
      { path: '/activities/:id', element: <ActivityRoute /> },
      { path: '/groups/:id', element: <GroupRoute /> },
      { path: '/venues/:id', element: <VenueRoute /> },
      { path: '/provider', element: only(provider, <ProviderHomeRoute />) },
      { path: '/provider/activities/:id', element: only(editors, <EditActivityRoute />) },
      { path: '/provider/inbox', element: only(provider, <InboxRoute />) },
      { path: '/provider/connections', element: only(provider, <ConnectionsRoute />) },
      { path: '/provider/gatherings', element: only(provider, <ProviderGatheringsRoute />) },
      { path: '/noticeboard', element: only(signedIn, <NoticeboardRoute />) },
      { path: '/notifications', element: only(signedIn, <NotificationsRoute />) },
      { path: '/notifications/settings', element: only(signedIn, <NotificationSettingsRoute />) },
      { path: '/unsubscribe', element: <UnsubscribeRoute /> },
      { path: '/still-right', element: <StillRightRoute /> },
      { path: '/link-worker', element: only(linkWorker, <FindForPersonRoute />) },
      { path: '/link-worker/refer/:activityId', element: only(linkWorker, <ReferRoute />) },
      { path: '/link-worker/referrals', element: only(linkWorker, <MyReferralsRoute />) },
      { path: '/referrals/:id', element: only(signedIn, <ReferralRoute />) },
      { path: '/facilitator', element: only(insight, <FacilitatorHomeRoute />) },
      { path: '/facilitator/network', element: only(insight, <NetworkRoute />) },
      { path: '/facilitator/gaps', element: only(insight, <GapsRoute />) },
      { path: '/facilitator/flows', element: only(insight, <FlowsRoute />) },
      { path: '/facilitator/health', element: only(insight, <HealthRoute />) },
      { path: '/facilitator/outcomes', element: only(insight, <OutcomesRoute />) },
      { path: '/facilitator/relationships', element: only(insight, <RelationshipsRoute />) },
      { path: '/facilitator/gatherings', element: only(insight, <GatheringsRoute />) },
      { path: '/facilitator/imports', element: only(insight, <ImportsRoute />) },
      { path: '/admin', element: only(admin, <AccountsRoute />) },
      { path: '/admin/audit', element: only(admin, <AuditRoute />) },
      { path: '/admin/mail', element: only(admin, <MailRoute />) },
      { path: '/admin/backups', element: only(admin, <BackupsRoute />) },
      { path: '/admin/personal-data', element: only(admin, <PersonalDataRoute />) },
      { path: '/admin/passkeys', element: only(admin, <PasskeysAdminRoute />) },
      { path: '/account', element: only(signedIn, <AccountRoute />) },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
