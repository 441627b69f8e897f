import { MailOutbox } from '@/features/notifications/components/mail-outbox';

export function MailRoute() {
  return <MailOutbox />;
}
