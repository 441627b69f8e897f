import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { IntroductionView, Page } from '@/lib/types';
import { connectionKeys } from './keys';

/** Introductions asked of me (incoming) or by me (outgoing). */
export function getIntroductions(direction: 'incoming' | 'outgoing'): Promise<Page<IntroductionView>> {
  return answer<Page<IntroductionView>>()(api.GET('/api/introductions', { params: { query: { direction, size: 50 } } }));
}

export function useIntroductions(direction: 'incoming' | 'outgoing') {
  return useQuery({ queryKey: connectionKeys.introductionsWay(direction), queryFn: () => getIntroductions(direction) });
}
