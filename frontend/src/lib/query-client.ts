import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: {
      /** The query brings itself up to date after a reconnect (e.g. with `changedSince`), so a resync leaves it be. */
      catchesUp?: boolean;
    };
  }
}

/**
 * Whether to ask again after a failed request: a 4xx answer (not found, not allowed, invalid) will be the
 * same the next time; no connection (status 0) and server trouble (5xx) may pass. Twice at most.
 */
export function shouldRetry(failures: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failures < 2;
}

/**
 * The app's cache of server data. Data stays in the cache and is shown at once when a page is opened
 * again, while it is fetched anew in the background (staleTime 0, as the pages always fetched on opening);
 * live messages and the app's own changes invalidate or update the queries they concern. The window
 * getting focus is no reason to fetch: the live connection says when something changed.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
