import { useEffect, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { live } from '@/lib/live-client';
import { refetchOnResync } from '@/lib/live-queries';
import { queryClient } from '@/lib/query-client';
import { SessionProvider } from '@/lib/session';

/** The app's one query cache and who is signed in; after a dropped connection the shown data catches up. */
export function AppProvider({ children }: { children: ReactNode }) {
  useEffect(() => refetchOnResync(queryClient, live), []);
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>{children}</SessionProvider>
    </QueryClientProvider>
  );
}
