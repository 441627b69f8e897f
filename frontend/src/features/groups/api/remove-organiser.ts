import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { GroupView } from '@/lib/types';
import { groupKeys } from './keys';

/** An organiser leaves the group: they no longer run it, nor see the referrals sent to it. */
export function removeOrganiser({ group, organiserId }: { group: Pick<GroupView, 'id' | 'version'>; organiserId: string }): Promise<GroupView> {
  return answer<GroupView>()(api.POST('/api/groups/{id}/organisers/{organiserId}/remove', {
    params: { path: { id: group.id, organiserId } }, body: { version: group.version },
  }));
}

export function useRemoveOrganiser() {
  const client = useQueryClient();
  return useMutation({ mutationFn: removeOrganiser, onSuccess: (group) => client.setQueryData(groupKeys.group(group.id), group) });
}
