import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { IntroductionView } from '@/lib/types';
import { connectionKeys } from './keys';

/** What POST /api/introductions takes: the organiser to meet, why, and the group asking. */
export interface IntroductionRequest { to: string; context: string; group: string }

export function requestIntroduction(request: IntroductionRequest): Promise<IntroductionView> {
  return api.post<IntroductionView>('/api/introductions', request);
}

export function useRequestIntroduction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: requestIntroduction,
    onSuccess: () => client.invalidateQueries({ queryKey: connectionKeys.introductions() }),
  });
}
