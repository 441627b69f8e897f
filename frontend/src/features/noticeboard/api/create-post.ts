import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { PostKind, PostView } from '@/lib/types';
import { postKeys } from './keys';

/** What POST /api/posts takes: what kind of post, its words and tags, and what it is about (a group or a place). */
export interface NewPost { kind: PostKind; title: string; text: string; topics: string[]; about: { kind: string; id: string } }

export function createPost(post: NewPost): Promise<PostView> {
  return api.post<PostView>('/api/posts', post);
}

export function useCreatePost() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createPost, onSuccess: () => client.invalidateQueries({ queryKey: postKeys.lists() }) });
}
