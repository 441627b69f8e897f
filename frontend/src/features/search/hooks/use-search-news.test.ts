import { describe, expect, it } from 'vitest';
import type { ActivityHit, SearchPage } from '@/lib/types';
import { invalidated, message, testQueryClient } from '@/test/live-news';
import { searchKeys } from '../api/search-activities';
import { applySearchNews } from './use-search-news';

const hit = (id: string, spacesLeft: number | null = 5): ActivityHit => ({
  id, name: id, summary: null, schedule: 'Every Tuesday', days: [], startTime: null, endTime: null, cost: 'FREE', costNote: null,
  spacesLeft, capacity: 10, group: { id: 'g', name: 'G' }, venue: { id: 'v', name: 'V', postcode: 'DE1', accessibility: [] },
  locality: { code: 'DERBY', name: 'Derby' }, categories: [], needs: [], distanceMetres: null, distanceKm: null, relevance: null,
  stale: false, updatedAt: '2026-11-01T00:00:00Z', minimumAge: null, maximumAge: null, wayIn: 'DROP_IN', nextSessions: [],
});
const page = (...items: ActivityHit[]): SearchPage => ({ items, page: 0, size: 20, hasMore: false, sort: 'relevance', near: null });

describe('live news on searches in the cache', () => {
  it('shows a capacity change in every search holding the activity, without fetching again', () => {
    const client = testQueryClient();
    const walks = searchKeys.results({ q: 'walk' });
    const canal = searchKeys.results({ q: 'canal' });
    client.setQueryData(walks, page(hit('a1', 12), hit('a2')));
    client.setQueryData(canal, page(hit('a1', 12)));

    applySearchNews(client, message('activity.capacity', { activityId: 'a1', capacity: 12, spacesLeft: 0, version: 3 }));

    expect(client.getQueryData<SearchPage>(walks)?.items[0].spacesLeft).toBe(0);
    expect(client.getQueryData<SearchPage>(canal)?.items[0].spacesLeft).toBe(0);
    expect(invalidated(client, walks)).toBe(false);
    expect(invalidated(client, canal)).toBe(false);
  });

  it('fetches again only the searches a changed activity is shown in, and every search for a new one', () => {
    const client = testQueryClient();
    const walks = searchKeys.results({ q: 'walk' });
    const choirs = searchKeys.results({ q: 'choir' });
    client.setQueryData(walks, page(hit('a1')));
    client.setQueryData(choirs, page(hit('c1')));

    applySearchNews(client, message('activity.changed', { activityId: 'a1', version: 2 }));
    expect(invalidated(client, walks)).toBe(true);
    expect(invalidated(client, choirs)).toBe(false);

    applySearchNews(client, message('activity.added', { activityId: 'new', version: 0 }));
    expect(invalidated(client, choirs)).toBe(true);
  });

  it('leaves searches alone for other kinds of news', () => {
    const client = testQueryClient();
    const walks = searchKeys.results({ q: 'walk' });
    const before = page(hit('a1'));
    client.setQueryData(walks, before);
    applySearchNews(client, message('post.published', { postId: 'p1', localityCode: 'DERBY' }));
    expect(client.getQueryData(walks)).toBe(before);
    expect(invalidated(client, walks)).toBe(false);
  });
});
