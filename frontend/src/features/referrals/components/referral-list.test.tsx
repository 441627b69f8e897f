// @vitest-environment happy-dom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '@/lib/api-client';
import { answered } from '@/test/api';
import { refetchOnResync } from '@/lib/live-queries';
import type { Page, ReferralSummary } from '@/lib/types';
import { fakeLive } from '@/test/fake-stomp';
import { message, testQueryClient } from '@/test/live-news';
import { ReferralList } from './referral-list';

// The app's one live connection, over a STOMP client this test drives.
const connection = vi.hoisted(() => ({ current: undefined as ReturnType<typeof fakeLive> | undefined }));
vi.mock('@/lib/live-client', async () => {
  const { fakeLive: make } = await import('@/test/fake-stomp');
  connection.current = make();
  return { live: connection.current.live };
});

const referral = (id: string, status: ReferralSummary['status'] = 'SENT', version = 0, createdAt = '2026-11-01T10:00:00Z'): ReferralSummary => ({
  id, status, version, createdAt, updatedAt: createdAt, activity: { id: 'a', name: 'Canal Tidy-up' }, group: { id: 'g', name: 'G' },
  madeBy: { id: 'lw', name: 'Amira', kind: 'LINK_WORKER' }, participantReference: `REF-${id}`, onwardFrom: null,
});
const page = (...items: ReferralSummary[]): Page<ReferralSummary> => ({ items, page: 0, size: 100, totalItems: items.length, totalPages: 1 });
const queue = '/user/queue/referrals';

function statusOf(reference: string): string | undefined {
  const row = screen.getByText(reference).closest('tr') as HTMLElement;
  return within(row).getByTestId('referral-status').dataset.status;
}

async function showInbox() {
  const client = testQueryClient();
  const { live, stomp } = connection.current!;
  const stopResync = refetchOnResync(client, live);
  live.start();
  await stomp().connect();
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter><ReferralList box="inbox" /></MemoryRouter>
    </QueryClientProvider>,
  );
  await screen.findByText('REF-r1');
  return { client, stomp, stopResync };
}

let get: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  get = vi.spyOn(api, 'GET');
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await connection.current!.live.stop();
});

describe('the referral inbox on live messages', () => {
  it('shows a status change from the queue at once, without asking the server again', async () => {
    get.mockResolvedValue(answered(page(referral('r1'), referral('r2'))));
    const { stomp, stopResync } = await showInbox();
    expect(get).toHaveBeenCalledTimes(1);

    act(() => stomp().send(queue, message('referral.status', { referralId: 'r2', activityId: 'a', groupId: 'g', from: 'SENT', to: 'ACCEPTED', version: 1 })));

    await waitFor(() => expect(statusOf('REF-r2')).toBe('ACCEPTED'));
    expect(statusOf('REF-r1')).toBe('SENT');
    expect(get).toHaveBeenCalledTimes(1);
    stopResync();
  });

  it('fetches the list again when a referral it does not hold yet is made, and shows it', async () => {
    get.mockResolvedValueOnce(answered(page(referral('r1'))))
      .mockResolvedValueOnce(answered(page(referral('r3', 'SENT', 0, '2026-11-03T10:00:00Z'), referral('r1'))));
    const { stomp, stopResync } = await showInbox();

    act(() => stomp().send(queue, message('referral.made', { referralId: 'r3', activityId: 'a', groupId: 'g', status: 'SENT' })));

    await screen.findByText('REF-r3');
    expect(get).toHaveBeenCalledTimes(2);
    expect(get).toHaveBeenLastCalledWith('/api/referrals', { params: { query: { box: 'inbox', changedSince: undefined, size: 100 } } });
    stopResync();
  });

  it('after a dropped connection asks only for what changed since the last message, and merges it in', async () => {
    get.mockResolvedValueOnce(answered(page(referral('r1'))));
    const { stomp, stopResync } = await showInbox();
    act(() => stomp().send(queue, message('referral.status', { referralId: 'r1', activityId: 'a', groupId: 'g', to: 'ACCEPTED', version: 1 }, 1, '2026-11-21T10:00:00Z')));
    await waitFor(() => expect(statusOf('REF-r1')).toBe('ACCEPTED'));

    get.mockResolvedValueOnce(answered(page(referral('r4', 'SENT', 0, '2026-11-21T10:05:00Z'))));
    await act(async () => {
      stomp().drop();
      await stomp().connect();
    });

    await screen.findByText('REF-r4');
    expect(get).toHaveBeenLastCalledWith('/api/referrals', { params: { query: { box: 'inbox', changedSince: '2026-11-21T10:00:00Z', size: 100 } } });
    expect(statusOf('REF-r1')).toBe('ACCEPTED');
    expect(get).toHaveBeenCalledTimes(2);
    stopResync();
  });
});
