import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Collaborator } from '@/lib/types';
import { connectionKeys } from './keys';

/** The ten groups a group could best work with, each with the reasons why. */
export function getCollaborators(groupId: string): Promise<Collaborator[]> {
  return api.get<Collaborator[]>(`/api/groups/${encodeURIComponent(groupId)}/collaborators`, { limit: 10 });
}

export function useCollaborators(groupId: string) {
  return useQuery({ queryKey: connectionKeys.collaborators(groupId), queryFn: () => getCollaborators(groupId), enabled: !!groupId });
}
