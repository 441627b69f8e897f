import { useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { notificationKeys } from './keys';

export type UnreadCount = components['schemas']['UnreadCount'];

/** How many of the signed-in person's notifications are unread, for the header. */
export function getUnreadCount(): Promise<UnreadCount> {
  return body(api.GET('/api/notifications/unread'));
}

export function useUnreadCount(enabled: boolean) {
  return useQuery({ queryKey: notificationKeys.unread(), queryFn: getUnreadCount, enabled });
}
