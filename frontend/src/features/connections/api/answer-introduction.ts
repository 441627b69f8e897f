import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer as read, api } from '@/lib/api-client';
import type { IntroductionView } from '@/lib/types';
import { connectionKeys } from './keys';

export type Answer = 'accept' | 'decline';

export function answerIntroduction(intro: Pick<IntroductionView, 'id' | 'version'>, answer: Answer): Promise<IntroductionView> {
  const request = { params: { path: { id: intro.id } }, body: { version: intro.version } };
  return read<IntroductionView>()(answer === 'accept'
    ? api.POST('/api/introductions/{id}/accept', request)
    : api.POST('/api/introductions/{id}/decline', request));
}

export function useAnswerIntroduction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ intro, answer }: { intro: Pick<IntroductionView, 'id' | 'version'>; answer: Answer }) => answerIntroduction(intro, answer),
    onSuccess: () => client.invalidateQueries({ queryKey: connectionKeys.introductions() }),
  });
}
