import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { Collaborator } from '@/lib/types';
import { connectionKeys } from './keys';

/** The ten groups a group could best work with, each with the reasons why. */
export function getCollaborators(groupId: string): Promise<Collaborator[]> {
  return answer<Collaborator[]>()(api.GET('/api/groups/{id}/collaborators', { params: { path: { id: groupId }, query: { limit: 10 } } }));
}

export function useCollaborators(groupId: string) {
  return useQuery({ queryKey: connectionKeys.collaborators(groupId), queryFn: () => getCollaborators(groupId), enabled: !!groupId });
}
