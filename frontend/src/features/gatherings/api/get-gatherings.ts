import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { Page } from '@/lib/types';
import { gatheringKeys } from './keys';

// The gathering as this feature reads it; `answer<Gathering>()` checks at compile time that it fits the
// contract's GatheringView (components['schemas']['GatheringView']) and names no field the contract lacks.
type Named = { id: string; name: string };
export type GatheringAnswer = 'YES' | 'NO' | 'MAYBE';
export type Invitation = { group: Named; answer: GatheringAnswer | null; answeredAt: string | null; yours: boolean };
export type Connection = {
  introductionId: string; from: Named; fromGroup: Named | null; to: Named; toGroup: Named | null; context: string; madeAt: string;
};
export type Plan = { postId: string; title: string; createdAt: string };
export type Gathering = {
  id: string; title: string; startsAt: string; venue: Named | null; place: string | null;
  locality: { code: string; name: string } | null; convenedBy: string | null;
  invited: Invitation[]; connections: Connection[]; plans: Plan[]; version: number;
};

/** A facilitator's gatherings (within their place), an organiser's invitations; newest first. */
export async function getGatherings(): Promise<Gathering[]> {
  const page = await answer<Page<Gathering>>()(api.GET('/api/gatherings', { params: { query: { size: 50 } } }));
  return page.items;
}

export function useGatherings() {
  return useQuery({ queryKey: gatheringKeys.list(), queryFn: getGatherings });
}
