import type { QueryClient } from '@tanstack/react-query';
import type { LiveMessage } from '@/lib/live';
import { useLiveNews } from '@/lib/live-queries';
import type { SearchPage } from '@/lib/types';
import { searchKeys } from '../api/search-activities';
import { applyActivityMessage, shouldRefetch } from '../utils/search-query';

/**
 * An `activity.*` message for every search in the cache: a capacity change updates the shown hit in place
 * (no request); a change to a shown activity, or a new one that may match, fetches that search again.
 */
export function applySearchNews(client: QueryClient, message: LiveMessage): void {
  for (const [key, page] of client.getQueriesData<SearchPage>({ queryKey: searchKeys.all })) {
    if (!page) continue;
    const items = applyActivityMessage(page.items, message);
    if (items !== page.items) client.setQueryData<SearchPage>(key, { ...page, items });
    if (shouldRefetch(page.items, message)) void client.invalidateQueries({ queryKey: key, exact: true });
  }
}

/** Keeps the searches current while the component is shown; `topics` are the localities' topics to hear. */
export function useSearchNews(topics: readonly string[]): void {
  useLiveNews(topics, applySearchNews);
}
