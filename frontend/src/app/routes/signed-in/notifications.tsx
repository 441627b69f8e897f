import { NotificationCentre } from '@/features/notifications/components/notification-centre';

export function NotificationsRoute() {
  return <NotificationCentre />;
}
