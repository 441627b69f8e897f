/** The notifications feature's query keys: the signed-in person's own centre, their settings, and the admins' outbox. */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: (page: number) => [...notificationKeys.all, 'list', page] as const,
  unread: () => [...notificationKeys.all, 'unread'] as const,
  settings: () => [...notificationKeys.all, 'settings'] as const,
  outbox: (status: string, page: number) => [...notificationKeys.all, 'outbox', status, page] as const,
  outboxSummary: () => [...notificationKeys.all, 'outbox', 'summary'] as const,
};
