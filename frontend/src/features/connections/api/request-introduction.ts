import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { IntroductionView } from '@/lib/types';
import { connectionKeys } from './keys';

/** What POST /api/introductions takes: the organiser to meet, why, and the group asking. */
export type IntroductionRequest = components['schemas']['IntroductionRequest'];

export function requestIntroduction(request: IntroductionRequest): Promise<IntroductionView> {
  return answer<IntroductionView>()(api.POST('/api/introductions', { body: request }));
}

export function useRequestIntroduction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: requestIntroduction,
    onSuccess: () => client.invalidateQueries({ queryKey: connectionKeys.introductions() }),
  });
}
