import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, api, sent } from '@/lib/api-client';
import type { Page, PostView } from '@/lib/types';
import { postKeys, type PostFilters } from './keys';

export function getPosts(filters: PostFilters): Promise<Page<PostView>> {
  return answer<Page<PostView>>()(api.GET('/api/posts', { params: { query: { ...sent(filters), size: 50 } } }));
}

export function usePosts(filters: PostFilters) {
  return useQuery({ queryKey: postKeys.list(filters), queryFn: () => getPosts(filters), placeholderData: keepPreviousData });
}
