import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { LiveConnection, LiveMessage } from './live';
import { useLive } from './use-live';

/**
 * After a reconnect, or when a destination's sequence shows a missed message, every query is out of date:
 * the shown ones are fetched again, the others when next shown. Queries that catch up by themselves
 * (`meta.catchesUp`, e.g. a referral list asking for what changed since) are left to do so.
 */
export function refetchOnResync(client: QueryClient, live: Pick<LiveConnection, 'onResync'>): () => void {
  return live.onResync(() => {
    void client.invalidateQueries({ predicate: (query) => query.meta?.catchesUp !== true });
  });
}

/** What a feature does with a live message: update or invalidate the queries the news concerns. */
export type LiveNews = (client: QueryClient, message: LiveMessage) => void;

/** Hands every message on the destinations to the feature's news handler while the component is shown. */
export function useLiveNews(destinations: string | readonly string[] | null | undefined, onNews: LiveNews): void {
  const client = useQueryClient();
  useLive(destinations, (message) => onNews(client, message));
}
