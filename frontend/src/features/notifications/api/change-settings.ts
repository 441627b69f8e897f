import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { NotificationSettings } from './get-settings';
import { notificationKeys } from './keys';

export function changeSettings(settings: NotificationSettings): Promise<NotificationSettings> {
  return body(api.PUT('/api/notifications/settings', { body: settings }));
}

export function useChangeSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: changeSettings,
    onSuccess: (saved) => client.setQueryData(notificationKeys.settings(), saved),
  });
}
