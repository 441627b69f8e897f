import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { PostView } from '@/lib/types';
import { postKeys } from './keys';

/** What POST /api/posts takes: what kind of post, its words and tags, and what it is about (a group or a place). */
export type NewPost = components['schemas']['NewPost'];

export function createPost(post: NewPost): Promise<PostView> {
  return answer<PostView>()(api.POST('/api/posts', { body: post }));
}

export function useCreatePost() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createPost, onSuccess: () => client.invalidateQueries({ queryKey: postKeys.lists() }) });
}
