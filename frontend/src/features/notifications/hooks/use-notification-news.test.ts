import { describe, expect, it } from 'vitest';
import { invalidated, testQueryClient } from '@/test/live-news';
import { notificationKeys } from '../api/keys';
import { applyNotificationNews } from './use-notification-news';

describe('live news of notifications', () => {
  it('fetches the unread count and the list again', () => {
    const client = testQueryClient();
    client.setQueryData(notificationKeys.unread(), { unread: 1 });
    client.setQueryData(notificationKeys.list(0), { items: [] });

    applyNotificationNews(client);

    expect(invalidated(client, notificationKeys.unread())).toBe(true);
    expect(invalidated(client, notificationKeys.list(0))).toBe(true);
  });
});
