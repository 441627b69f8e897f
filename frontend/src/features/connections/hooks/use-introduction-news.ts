import type { QueryClient } from '@tanstack/react-query';
import { useLiveNews } from '@/lib/live-queries';
import { connectionKeys } from '../api/keys';

/** The user's own introduction queue: asked, accepted or declined. */
export const introductionQueue = '/user/queue/introductions';

/** Any message on the queue changes one of the introduction lists: both are fetched again. */
export function applyIntroductionNews(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: connectionKeys.introductions() });
}

export function useIntroductionNews(): void {
  useLiveNews(introductionQueue, applyIntroductionNews);
}
