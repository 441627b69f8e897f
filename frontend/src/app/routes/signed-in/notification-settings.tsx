import { NotificationSettingsForm } from '@/features/notifications/components/notification-settings-form';

export function NotificationSettingsRoute() {
  return <NotificationSettingsForm />;
}
