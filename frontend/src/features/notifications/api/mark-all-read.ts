import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { notificationKeys } from './keys';

export function markAllRead() {
  return body(api.POST('/api/notifications/read-all'));
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
