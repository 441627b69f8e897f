import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { notificationKeys } from './keys';

export type Notification = components['schemas']['NotificationView'];
export type NotificationPage = components['schemas']['PagedOrghedgerownotificationsNotificationView'];

/** The signed-in person's notifications, newest first. */
export function getNotifications(page: number): Promise<NotificationPage> {
  return body(api.GET('/api/notifications', { params: { query: { page, size: 20 } } }));
}

export function useNotifications(page: number) {
  return useQuery({ queryKey: notificationKeys.list(page), queryFn: () => getNotifications(page), placeholderData: keepPreviousData });
}
