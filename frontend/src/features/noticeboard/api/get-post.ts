import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { PostThread } from '@/lib/types';
import { postKeys } from './keys';

/** A post with its replies. */
export function getPost(id: string): Promise<PostThread> {
  return answer<PostThread>()(api.GET('/api/posts/{id}', { params: { path: { id } } }));
}

export function usePost(id: string) {
  return useQuery({ queryKey: postKeys.thread(id), queryFn: () => getPost(id) });
}
