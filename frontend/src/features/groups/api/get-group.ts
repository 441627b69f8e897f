import { useQuery, type QueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { GroupView } from '@/lib/types';
import { groupKeys } from './keys';

export function getGroup(id: string): Promise<GroupView> {
  return answer<GroupView>()(api.GET('/api/groups/{id}', { params: { path: { id } } }));
}

export function useGroup(id: string) {
  return useQuery({ queryKey: groupKeys.group(id), queryFn: () => getGroup(id) });
}

/** A group's first organiser, from the cache when it is there (to ask them for an introduction). */
export async function firstOrganiser(client: QueryClient, groupId: string): Promise<{ id: string; name: string } | undefined> {
  const group = await client.fetchQuery({ queryKey: groupKeys.group(groupId), queryFn: () => getGroup(groupId) });
  return group.organisers[0];
}
