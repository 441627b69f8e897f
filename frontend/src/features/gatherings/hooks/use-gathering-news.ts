import type { QueryClient } from '@tanstack/react-query';
import { useLiveNews } from '@/lib/live-queries';
import { gatheringKeys } from '../api/keys';

/** The user's own gathering queue: gatherings convened for them and every invited group's answer. */
export const gatheringQueue = '/user/queue/gatherings';

/** Any message changes a gathering in the list (a new one, or an answer and its version): fetch it again. */
export function applyGatheringNews(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: gatheringKeys.list() });
}

export function useGatheringNews(): void {
  useLiveNews(gatheringQueue, applyGatheringNews);
}
