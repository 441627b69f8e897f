import { describe, expect, it } from 'vitest';
import type { ActivityView, Page } from '@/lib/types';
import { invalidated, message, testQueryClient } from '@/test/live-news';
import { activityKeys } from '../api/keys';
import { applyActivityNews } from './use-activity-news';

const activity = (id: string, version: number) => ({ id, version, name: id }) as ActivityView;
const page = (...items: ActivityView[]): Page<ActivityView> => ({ items, page: 0, size: 200, totalItems: items.length, totalPages: 1 });

describe('live news on activities in the cache', () => {
  it('fetches again the activity and the lists holding it when the news is newer than shown', () => {
    const client = testQueryClient();
    const mine = activityKeys.list({ organiser: 'o1', size: 200, sort: 'NAME' });
    const others = activityKeys.list({ group: 'g2', size: 100 });
    client.setQueryData(activityKeys.detail('a1'), activity('a1', 3));
    client.setQueryData(mine, page(activity('a1', 3), activity('a2', 1)));
    client.setQueryData(others, page(activity('b1', 1)));

    applyActivityNews(client, message('activity.capacity', { activityId: 'a1', groupId: 'g1', localityCode: 'AMBER', version: 4, spacesLeft: 0 }));

    expect(invalidated(client, activityKeys.detail('a1'))).toBe(true);
    expect(invalidated(client, mine)).toBe(true);
    expect(invalidated(client, others)).toBe(false);
  });

  it('does not fetch again for a change this app made and already shows', () => {
    const client = testQueryClient();
    const mine = activityKeys.list({ organiser: 'o1' });
    client.setQueryData(activityKeys.detail('a1'), activity('a1', 4));
    client.setQueryData(mine, page(activity('a1', 4)));

    applyActivityNews(client, message('activity.capacity', { activityId: 'a1', groupId: 'g1', localityCode: 'AMBER', version: 4 }));

    expect(invalidated(client, activityKeys.detail('a1'))).toBe(false);
    expect(invalidated(client, mine)).toBe(false);
  });
});
