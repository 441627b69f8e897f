import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page, PostView } from '@/lib/types';
import { postKeys, type PostFilters } from './keys';

export function getPosts(filters: PostFilters): Promise<Page<PostView>> {
  return api.get<Page<PostView>>('/api/posts', { ...filters, size: 50 });
}

export function usePosts(filters: PostFilters) {
  return useQuery({ queryKey: postKeys.list(filters), queryFn: () => getPosts(filters), placeholderData: keepPreviousData });
}
