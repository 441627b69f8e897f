import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { OrganiserView } from '@/lib/types';
import { groupKeys } from './keys';

export function getOrganiser(id: string): Promise<OrganiserView> {
  return answer<OrganiserView>()(api.GET('/api/organisers/{id}', { params: { path: { id } } }));
}

/** An organiser and the groups they run (a provider's own groups: the organiser they act as). */
export function useOrganiser(id: string | undefined) {
  return useQuery({ queryKey: groupKeys.organiser(id ?? ''), queryFn: () => getOrganiser(id!), enabled: !!id });
}
