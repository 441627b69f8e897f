import { useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { gatheringKeys } from './keys';

export type InvitableGroup = { id: string; name: string };

/** The active groups of a place (and within it), by name, to choose whom to invite. */
export async function getInvitableGroups(locality: string): Promise<InvitableGroup[]> {
  const page = await body(api.GET('/api/groups', { params: { query: { locality, size: 200, sort: 'NAME' } } }));
  return (page.items ?? []).flatMap((g) => (g?.id ? [{ id: g.id, name: g.name ?? g.id }] : []));
}

export function useInvitableGroups(locality: string | undefined) {
  return useQuery({
    queryKey: gatheringKeys.invitable(locality ?? ''),
    queryFn: () => getInvitableGroups(locality!),
    enabled: !!locality,
  });
}
