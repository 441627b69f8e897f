import { useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import { notificationKeys } from './keys';

/** Whether an SMTP server is set, and how many mails wait, went and failed (admins). */
export function getOutboxSummary() {
  return body(api.GET('/api/admin/mail/summary'));
}

export function useOutboxSummary() {
  return useQuery({ queryKey: notificationKeys.outboxSummary(), queryFn: getOutboxSummary });
}
