import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer as read, api } from '@/lib/api-client';
import type { Gathering, GatheringAnswer } from './get-gatherings';
import { gatheringKeys } from './keys';

/** An organiser's yes, no or maybe for one of their invited groups, at the version they saw. */
export function answerGathering(id: string, answer: GatheringAnswer, group: string | undefined, version: number) {
  return read<Gathering>()(api.PUT('/api/gatherings/{id}/answer', {
    params: { path: { id } }, body: { answer, group, version },
  }));
}

export function useAnswerGathering() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer, group, version }: { id: string; answer: GatheringAnswer; group?: string; version: number }) =>
      answerGathering(id, answer, group, version),
    // A 409 means someone answered meanwhile: the list is fetched again either way.
    onSettled: () => client.invalidateQueries({ queryKey: gatheringKeys.list() }),
  });
}
