import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { IntroductionView } from '@/lib/types';
import { connectionKeys } from './keys';

export type Answer = 'accept' | 'decline';

export function answerIntroduction(intro: Pick<IntroductionView, 'id' | 'version'>, answer: Answer): Promise<IntroductionView> {
  return api.post<IntroductionView>(`/api/introductions/${encodeURIComponent(intro.id)}/${answer}`, { version: intro.version });
}

export function useAnswerIntroduction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ intro, answer }: { intro: Pick<IntroductionView, 'id' | 'version'>; answer: Answer }) => answerIntroduction(intro, answer),
    onSuccess: () => client.invalidateQueries({ queryKey: connectionKeys.introductions() }),
  });
}
