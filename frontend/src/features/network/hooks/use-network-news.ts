import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { LiveMessage } from '@/lib/live';
import { useLiveNews } from '@/lib/live-queries';
import { networkChange, type NetworkChange } from '@/lib/live-messages';
import { networkKeys } from '../api/keys';

/** Aggregate news of the whole network (no names): what was added, changed or archived, and where. */
export const networkTopic = '/topic/network';

/** Any change to the network changes its counts and its graph: both are fetched again. */
export function applyNetworkNews(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: networkKeys.all });
}

/** Keeps the network's counts and graph current while shown. */
export function useNetworkNews(): void {
  useLiveNews(networkTopic, applyNetworkNews);
}

/** As useNetworkNews, and the latest changes (newest first, up to `keep`) to list as "just now". */
export function useRecentNetworkChanges(keep = 8): NetworkChange[] {
  const [recent, setRecent] = useState<NetworkChange[]>([]);
  useLiveNews(networkTopic, (client: QueryClient, message: LiveMessage) => {
    const change = networkChange(message);
    if (change) setRecent((list) => [change, ...list].slice(0, keep));
    applyNetworkNews(client);
  });
  return recent;
}
