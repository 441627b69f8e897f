import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { notificationKeys } from './keys';

export type OutboxMail = components['schemas']['OutboxMail'];
export type MailStatus = OutboxMail['status'];

/** The mail outbox, newest first (admins). */
export function getOutbox(status: MailStatus | '', page: number) {
  return body(api.GET('/api/admin/mail', { params: { query: { status: status || undefined, page, size: 50 } } }));
}

export function useOutbox(status: MailStatus | '', page: number) {
  return useQuery({ queryKey: notificationKeys.outbox(status, page), queryFn: () => getOutbox(status, page), placeholderData: keepPreviousData });
}
