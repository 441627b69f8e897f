import { QueryClient } from '@tanstack/react-query';
import type { LiveMessage } from '@/lib/live';

/** A query cache as the app's, without retries (a failure shows at once in a test). */
export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
}

/** A live message of a kind with its data, as the server sends it. */
export function message(type: string, data: Record<string, unknown>, seq = 1, at = '2026-11-21T10:00:00Z'): LiveMessage {
  return { seq, at, type, data };
}

/** Whether the query with exactly this key was marked out of date. */
export function invalidated(client: QueryClient, key: readonly unknown[]): boolean {
  return client.getQueryState(key)?.isInvalidated ?? false;
}
