import { QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '@/lib/api-client';
import { answered } from '@/test/api';
import type { Page, ReferralSummary } from '@/lib/types';
import { invalidated, message, testQueryClient } from '@/test/live-news';
import { referralKeys } from '../api/keys';
import { applyReferralNews, catchUpReferrals } from './use-referral-news';

const referral = (id: string, status: ReferralSummary['status'] = 'SENT', version = 0, createdAt = '2026-11-01T10:00:00Z'): ReferralSummary => ({
  id, status, version, createdAt, updatedAt: createdAt, activity: { id: 'a', name: 'A' }, group: { id: 'g', name: 'G' },
  madeBy: { id: 'lw', name: 'Amira', kind: 'LINK_WORKER' }, participantReference: `REF-${id}`, onwardFrom: null,
});
const page = (...items: ReferralSummary[]): Page<ReferralSummary> => ({ items, page: 0, size: 100, totalItems: items.length, totalPages: 1 });
const items = (client: ReturnType<typeof testQueryClient>, key: readonly unknown[]) =>
  client.getQueryData<Page<ReferralSummary>>(key)?.items.map((r) => [r.id, r.status]);

afterEach(() => vi.restoreAllMocks());

describe('live news on referrals in the cache', () => {
  it('moves a referral to its new status in every list in place, dropping it from a list of another status', () => {
    const client = testQueryClient();
    const all = referralKeys.list({ box: 'inbox', status: '' });
    const sent = referralKeys.list({ box: 'inbox', status: 'SENT' });
    client.setQueryData(all, page(referral('r1'), referral('r2')));
    client.setQueryData(sent, page(referral('r1'), referral('r2')));

    applyReferralNews(client, message('referral.status', { referralId: 'r2', activityId: 'a', groupId: 'g', from: 'SENT', to: 'ACCEPTED', version: 1 }));

    expect(items(client, all)).toEqual([['r1', 'SENT'], ['r2', 'ACCEPTED']]);
    expect(items(client, sent)).toEqual([['r1', 'SENT']]);
    expect(invalidated(client, all)).toBe(false);
    expect(invalidated(client, sent)).toBe(false);
  });

  it('fetches again a list that does not hold the referral yet, the referral itself and the paths', () => {
    const client = testQueryClient();
    const inbox = referralKeys.list({ box: 'inbox', status: '' });
    client.setQueryData(inbox, page(referral('r1')));
    client.setQueryData(referralKeys.detail('r1'), { id: 'r1' });
    client.setQueryData(referralKeys.detail('r7'), { id: 'r7' });
    client.setQueryData(referralKeys.path('r1'), { steps: [] });

    applyReferralNews(client, message('referral.status', { referralId: 'r7', activityId: 'a', groupId: 'g', to: 'ACCEPTED', version: 1 }));

    expect(invalidated(client, inbox)).toBe(true);
    expect(invalidated(client, referralKeys.detail('r7'))).toBe(true);
    expect(invalidated(client, referralKeys.detail('r1'))).toBe(false);
    expect(invalidated(client, referralKeys.path('r1'))).toBe(true);
  });

  it('fetches every shown referral again when a new one is made (it may be an onward step)', () => {
    const client = testQueryClient();
    client.setQueryData(referralKeys.detail('r1'), { id: 'r1' });
    applyReferralNews(client, message('referral.made', { referralId: 'r2', activityId: 'a', groupId: 'g', status: 'SENT' }));
    expect(invalidated(client, referralKeys.detail('r1'))).toBe(true);
  });

  it('after a reconnect merges what changed since the last message into a shown list, without fetching it whole', async () => {
    const client = testQueryClient();
    const inbox = referralKeys.list({ box: 'inbox', status: '' });
    client.setQueryData(inbox, page(referral('r1', 'SENT', 0, '2026-11-01T10:00:00Z')));
    // Shown: a page observes the list (not fetching by itself here).
    const unsubscribe = new QueryObserver(client, { queryKey: inbox, enabled: false }).subscribe(() => {});
    const get = vi.spyOn(api, 'GET').mockResolvedValue(answered(page(referral('r1', 'ACCEPTED', 1, '2026-11-01T10:00:00Z'), referral('r2', 'SENT', 0, '2026-11-02T10:00:00Z'))));

    await catchUpReferrals(client, '2026-11-21T10:00:00Z');

    expect(get).toHaveBeenCalledWith('/api/referrals', { params: { query: { box: 'inbox', changedSince: '2026-11-21T10:00:00Z', size: 100 } } });
    expect(items(client, inbox)).toEqual([['r2', 'SENT'], ['r1', 'ACCEPTED']]);
    expect(client.getQueryData<Page<ReferralSummary>>(inbox)?.totalItems).toBe(2);
    expect(invalidated(client, inbox)).toBe(false);
    unsubscribe();
  });

  it('after a reconnect without a time to ask from, or for a list not shown, just marks it out of date', async () => {
    const client = testQueryClient();
    const inbox = referralKeys.list({ box: 'inbox', status: '' });
    client.setQueryData(inbox, page(referral('r1')));
    const get = vi.spyOn(api, 'GET');
    await catchUpReferrals(client, '2026-11-21T10:00:00Z');
    expect(get).not.toHaveBeenCalled();
    expect(invalidated(client, inbox)).toBe(true);
  });
});
