import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider, useLocation } from 'react-router-dom';
import { Layout } from './components/Layout';
import { RequireRole } from './components/RequireRole';
import { AccountsPage } from './features/admin/AccountsPage';
import { AuditPage } from './features/admin/AuditPage';
import { SignInPage } from './features/auth/SignInPage';
import { ActivityPage } from './features/directory/ActivityPage';
import { GroupPage } from './features/directory/GroupPage';
import { SearchPage } from './features/directory/SearchPage';
import { VenuePage } from './features/directory/VenuePage';
import { HomePage } from './features/home/HomePage';
import { LinkWorkerHome } from './features/linkworker/LinkWorkerHome';
import { MyReferralsPage } from './features/linkworker/MyReferralsPage';
import { ReferPage } from './features/linkworker/ReferPage';
import { NoticeboardPage } from './features/noticeboard/NoticeboardPage';
import { ActivityEditPage } from './features/provider/ActivityEditPage';
import { ConnectionsPage } from './features/provider/ConnectionsPage';
import { InboxPage } from './features/provider/InboxPage';
import { ProviderHome } from './features/provider/ProviderHome';
import { ReferralPage } from './features/referrals/ReferralPage';
import { Loading } from './components/Form';
import { SessionProvider } from './lib/session';

// The facilitator's views carry the graph library: loaded only when one is opened.
const FacilitatorHome = lazy(() => import('./features/facilitator/FacilitatorHome').then((m) => ({ default: m.FacilitatorHome })));
const FlowsPage = lazy(() => import('./features/facilitator/FlowsPage').then((m) => ({ default: m.FlowsPage })));
const GapsPage = lazy(() => import('./features/facilitator/GapsPage').then((m) => ({ default: m.GapsPage })));
const HealthPage = lazy(() => import('./features/facilitator/HealthPage').then((m) => ({ default: m.HealthPage })));
const NetworkPage = lazy(() => import('./features/facilitator/NetworkPage').then((m) => ({ default: m.NetworkPage })));
const OutcomesPage = lazy(() => import('./features/facilitator/OutcomesPage').then((m) => ({ default: m.OutcomesPage })));

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

const provider = ['PROVIDER'] as const;
const editors = ['PROVIDER', 'FACILITATOR', 'ADMIN'] as const;
const linkWorker = ['LINK_WORKER'] as const;
const insight = ['FACILITATOR', 'ADMIN'] as const;
const signedIn = ['PROVIDER', 'LINK_WORKER', 'FACILITATOR', 'ADMIN'] as const;
const admin = ['ADMIN'] as const;
const only = (roles: readonly string[], page: ReactNode) => (
  <RequireRole roles={[...roles] as never}><Suspense fallback={<Loading />}>{page}</Suspense></RequireRole>
);

const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/search', element: <SearchPage /> },
      { path: '/activities/:id', element: <ActivityPage /> },
      { path: '/groups/:id', element: <GroupPage /> },
      { path: '/venues/:id', element: <VenuePage /> },
      { path: '/provider', element: only(provider, <ProviderHome />) },
      { path: '/provider/activities/:id', element: only(editors, <ActivityEditPage />) },
      { path: '/provider/inbox', element: only(provider, <InboxPage />) },
      { path: '/provider/connections', element: only(provider, <ConnectionsPage />) },
      { path: '/noticeboard', element: only(signedIn, <NoticeboardPage />) },
      { path: '/link-worker', element: only(linkWorker, <LinkWorkerHome />) },
      { path: '/link-worker/refer/:activityId', element: only(linkWorker, <ReferPage />) },
      { path: '/link-worker/referrals', element: only(linkWorker, <MyReferralsPage />) },
      { path: '/referrals/:id', element: only(signedIn, <ReferralPage />) },
      { path: '/facilitator', element: only(insight, <FacilitatorHome />) },
      { path: '/facilitator/network', element: only(insight, <NetworkPage />) },
      { path: '/facilitator/gaps', element: only(insight, <GapsPage />) },
      { path: '/facilitator/flows', element: only(insight, <FlowsPage />) },
      { path: '/facilitator/health', element: only(insight, <HealthPage />) },
      { path: '/facilitator/outcomes', element: only(insight, <OutcomesPage />) },
      { path: '/admin', element: only(admin, <AccountsPage />) },
      { path: '/admin/audit', element: only(admin, <AuditPage />) },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

function NotFound() {
  return <section><h1>Page not found</h1><p>There is nothing at this address. <a href="/">Start again</a>.</p></section>;
}

export function App() {
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
