import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { postKeys } from './keys';

export function replyToPost(postId: string, text: string): Promise<unknown> {
  return body(api.POST('/api/posts/{id}/replies', { params: { path: { id: postId } }, body: { text } }));
}

/** A reply: the thread shows it, and the board its new count. */
export function useReplyToPost(postId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => replyToPost(postId, text),
    onSuccess: () => Promise.all([
      client.invalidateQueries({ queryKey: postKeys.thread(postId) }),
      client.invalidateQueries({ queryKey: postKeys.lists() }),
    ]),
  });
}
