import { useMutation } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';

/** A mail's unsubscribe link, posted from its page: no sign-in, the signed token says whose and which kinds. */
export function unsubscribe(token: string) {
  return body(api.POST('/api/notifications/unsubscribe', { params: { query: { token } } }));
}

export function useUnsubscribe() {
  return useMutation({ mutationFn: unsubscribe });
}
