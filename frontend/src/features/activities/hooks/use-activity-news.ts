import type { QueryClient } from '@tanstack/react-query';
import { localityTopic, type LiveMessage } from '@/lib/live';
import { useLiveNews } from '@/lib/live-queries';
import { activityNews, changesShown } from '@/lib/live-messages';
import type { ActivityView, Page } from '@/lib/types';
import { activityKeys } from '../api/keys';

/**
 * An `activity.*` message on a locality topic: the shown activity and the lists holding it are fetched
 * again when the news is newer than what they show (a change this app made itself is already shown).
 */
export function applyActivityNews(client: QueryClient, message: LiveMessage): void {
  const news = activityNews(message);
  if (!news) return;
  const detail = client.getQueryData<ActivityView>(activityKeys.detail(news.activityId));
  if (detail && changesShown(message, detail)) {
    void client.invalidateQueries({ queryKey: activityKeys.detail(news.activityId), exact: true });
  }
  for (const [key, page] of client.getQueriesData<Page<ActivityView>>({ queryKey: activityKeys.lists() })) {
    if (page?.items.some((a) => changesShown(message, a))) void client.invalidateQueries({ queryKey: key, exact: true });
  }
}

/** Keeps the activities of these localities current while the component is shown. */
export function useActivityNews(localityCodes: readonly string[]): void {
  useLiveNews(localityCodes.map(localityTopic), applyActivityNews);
}
