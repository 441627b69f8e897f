import { describe, expect, it } from 'vitest';
import { invalidated, testQueryClient } from '@/test/live-news';
import type { Resync } from './live';
import { refetchOnResync } from './live-queries';

function liveStub() {
  const listeners = new Set<(resync: Resync) => void>();
  return {
    onResync(listener: (resync: Resync) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    resync: (resync: Resync) => listeners.forEach((listener) => listener(resync)),
    listening: () => listeners.size,
  };
}

describe('resync after a dropped connection', () => {
  it('marks every query out of date except those that catch up by themselves', () => {
    const client = testQueryClient();
    client.setQueryData(['activities', 'detail', 'a1'], { id: 'a1' });
    client.setQueryData(['posts', 'list', {}], { items: [] });
    client.getQueryCache().build(client, { queryKey: ['referrals', 'list', { box: 'inbox' }], meta: { catchesUp: true } })
      .setData({ items: [] });
    const live = liveStub();
    refetchOnResync(client, live);

    expect(invalidated(client, ['activities', 'detail', 'a1'])).toBe(false);
    live.resync({ reason: 'reconnected', since: '2026-11-21T10:00:00Z' });
    expect(invalidated(client, ['activities', 'detail', 'a1'])).toBe(true);
    expect(invalidated(client, ['posts', 'list', {}])).toBe(true);
    expect(invalidated(client, ['referrals', 'list', { box: 'inbox' }])).toBe(false);
  });

  it('stops listening when the app lets go', () => {
    const live = liveStub();
    const stop = refetchOnResync(testQueryClient(), live);
    expect(live.listening()).toBe(1);
    stop();
    expect(live.listening()).toBe(0);
  });
});
