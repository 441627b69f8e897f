import { describe, expect, it } from 'vitest';
import type { ActivityView } from '@/lib/types';
import { invalidated, message, testQueryClient } from '@/test/live-news';
import { activityKeys } from '../api/keys';
import { applySessionNotice, type SessionNotice } from './use-session-news';

const notices = [...activityKeys.all, 'session-notices'] as const;
const news = (date: string, status: string, note: string | null) => message('activity.session', {
  activityId: 'act-friday-walk', activityName: 'Friday Friendship Walk', groupId: 'g1', localityCode: 'LONGEATON',
  date, status, note, venueId: null, venueName: null, startTime: null,
});

describe('session changes heard on the user\'s own queue', () => {
  it('keeps each session\'s latest news, newest first, and fetches the shown activity again', () => {
    const client = testQueryClient();
    client.setQueryData(activityKeys.detail('act-friday-walk'), { id: 'act-friday-walk', version: 3 } as ActivityView);

    applySessionNotice(client, news('2026-12-11', 'CANCELLED', 'The towpath is flooded'));
    applySessionNotice(client, news('2026-12-18', 'CANCELLED', 'Christmas break'));
    applySessionNotice(client, news('2026-12-11', 'AS_PLANNED', null));

    const kept = client.getQueryData<SessionNotice[]>(notices) ?? [];
    expect(kept.map((n) => [n.date, n.status])).toEqual([['2026-12-11', 'AS_PLANNED'], ['2026-12-18', 'CANCELLED']]);
    expect(kept[1].activityName).toBe('Friday Friendship Walk');
    expect(invalidated(client, activityKeys.detail('act-friday-walk'))).toBe(true);
  });

  it('ignores the referral news that shares the queue', () => {
    const client = testQueryClient();
    applySessionNotice(client, message('referral.status', { referralId: 'r1', activityId: 'a1', from: 'SENT', to: 'ACCEPTED' }));
    expect(client.getQueryData(notices)).toBeUndefined();
  });
});
