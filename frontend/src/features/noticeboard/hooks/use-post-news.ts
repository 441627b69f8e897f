import type { QueryClient } from '@tanstack/react-query';
import type { LiveMessage } from '@/lib/live';
import { useLiveNews } from '@/lib/live-queries';
import { postNews } from '@/lib/live-messages';
import { postKeys } from '../api/keys';

/**
 * A `post.*` message (published, replied, closed) carries no title: the board is fetched again, and the
 * post's thread if it is open.
 */
export function applyPostNews(client: QueryClient, message: LiveMessage): void {
  const news = postNews(message);
  if (!news) return;
  void client.invalidateQueries({ queryKey: postKeys.lists() });
  void client.invalidateQueries({ queryKey: postKeys.thread(news.postId) });
}

/** Keeps the board and its open threads current while shown; `topics` are the localities' topics to hear. */
export function usePostNews(topics: readonly string[]): void {
  useLiveNews(topics, applyPostNews);
}
