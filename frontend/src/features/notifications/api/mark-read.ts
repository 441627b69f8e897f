import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { notificationKeys } from './keys';

/** Marks one of the person's notifications read; answers how many are still unread. */
export function markRead(id: string) {
  return body(api.POST('/api/notifications/{id}/read', { params: { path: { id } } }));
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
