import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer as read, api } from '@/lib/api-client';
import type { Gathering } from './get-gatherings';
import type { components } from '@/lib/api/schema';
import { gatheringKeys } from './keys';

/** What POST /api/gatherings takes: title, start (in the future), where, the groups invited. */
export type NewGathering = components['schemas']['NewGathering'];

export function conveneGathering(gathering: NewGathering) {
  return read<Gathering>()(api.POST('/api/gatherings', { body: gathering }));
}

export function useConveneGathering() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: conveneGathering,
    onSuccess: () => client.invalidateQueries({ queryKey: gatheringKeys.list() }),
  });
}
