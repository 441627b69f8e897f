import type { QueryClient } from '@tanstack/react-query';
import { useLiveNews } from '@/lib/live-queries';
import { notificationKeys } from '../api/keys';

/** The person's own notification queue: a message says only that there is something new. */
export const notificationQueue = '/user/queue/notifications';

/** Something new: the unread count and the list are fetched again (the content comes from the API, as theirs). */
export function applyNotificationNews(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: notificationKeys.all });
}

/** Listens while signed in ({@code null}: not signed in, nothing to listen to). */
export function useNotificationNews(signedIn: boolean): void {
  useLiveNews(signedIn ? notificationQueue : null, applyNotificationNews);
}
