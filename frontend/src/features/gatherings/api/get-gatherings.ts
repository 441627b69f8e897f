import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { Page } from '@/lib/types';
import { gatheringKeys } from './keys';

type Schemas = components['schemas'];
export type GatheringAnswer = NonNullable<Schemas['GatheringViewInvitation']['answer']>;
export type Invitation = Schemas['GatheringViewInvitation'];
export type Connection = Schemas['GatheringViewConnection'];
export type Plan = Schemas['GatheringViewPlan'];
export type Gathering = Schemas['GatheringView'];

/** A facilitator's gatherings (within their place), an organiser's invitations; newest first. */
export async function getGatherings(): Promise<Gathering[]> {
  const page = await answer<Page<Gathering>>()(api.GET('/api/gatherings', { params: { query: { size: 50 } } }));
  return page.items;
}

export function useGatherings() {
  return useQuery({ queryKey: gatheringKeys.list(), queryFn: getGatherings });
}
