import { useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { notificationKeys } from './keys';

export type NotificationSettings = components['schemas']['NotificationSettings'];
export type Choice = components['schemas']['Choice'];

/** Where the person's mails go and how they hear of each kind. */
export function getSettings(): Promise<NotificationSettings> {
  return body(api.GET('/api/notifications/settings'));
}

export function useNotificationSettings() {
  return useQuery({ queryKey: notificationKeys.settings(), queryFn: getSettings });
}
