import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import type { LiveMessage } from '@/lib/live';
import { useLiveNews } from '@/lib/live-queries';
import { sessionNews, type SessionNews } from '@/lib/live-messages';
import { activityKeys } from '../api/keys';

/** The signed-in user's own referral queue, where news of sessions of activities they referred people to arrives. */
const ownQueue = '/user/queue/referrals';
const noticesKey = [...activityKeys.all, 'session-notices'] as const;
const MOST_NOTICES = 20;

/** One session change heard live, with when it was heard. */
export interface SessionNotice extends SessionNews { at: string }

/**
 * An `activity.session` message on the user's queue: kept (newest first, the same session's news replacing the
 * older) so the notice stays while the user moves between pages, and the activity is fetched again if shown.
 */
export function applySessionNotice(client: QueryClient, message: LiveMessage): void {
  const news = sessionNews(message);
  if (!news) return;
  client.setQueryData<SessionNotice[]>(noticesKey, (notices = []) => [
    { ...news, at: message.at },
    ...notices.filter((n) => n.activityId !== news.activityId || n.date !== news.date),
  ].slice(0, MOST_NOTICES));
  void client.invalidateQueries({ queryKey: activityKeys.detail(news.activityId), exact: true });
}

/** The session changes heard on the user's own queue while the app was open. */
export function useSessionNotices(): SessionNotice[] {
  useLiveNews(ownQueue, applySessionNotice);
  // Nothing to fetch: the list only grows from live messages, so a resync must not empty it.
  const notices = useQuery({ queryKey: noticesKey, queryFn: () => [] as SessionNotice[], staleTime: Infinity,
    gcTime: Infinity, meta: { catchesUp: true } });
  return notices.data ?? [];
}
