import { useMutation } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';

/** A reminder's "still right" link, posted from its page: confirms the listing as it stands. */
export function confirmStillRight(token: string) {
  return body(api.POST('/api/notifications/still-right', { params: { query: { token } } }));
}

export function useConfirmStillRight() {
  return useMutation({ mutationFn: confirmStillRight });
}
