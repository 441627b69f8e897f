// @vitest-environment happy-dom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api } from '@/lib/api-client';
import { answered } from '@/test/api';
import { testQueryClient } from '@/test/live-news';
import type { SubjectAccessReport } from '../api/get-subject-access';
import { PersonalData } from './personal-data';

const consent = { given: true, recordedBy: 'Lee', recordedAt: '2026-03-04T10:15:00Z', withdrawnAt: null };
const referral = (id: string, activity: string, status: 'SENT' | 'COMPLETED') => ({
  id, status, reason: 'Recently bereaved', createdAt: '2026-03-05T09:00:00Z', updatedAt: '2026-03-05T09:00:00Z', version: 0,
  overrideCapacity: false, declineReason: null, activity: { id: `a-${id}`, name: activity }, group: { id: 'g', name: 'Belper Walkers' },
  madeBy: { id: 'w-lee', name: 'Lee', kind: 'LINK_WORKER' }, needs: ['LONELINESS'], onwardFrom: null, events: [], outcomes: null,
  personalDataErasedAt: null,
  participant: { id: 'p1', reference: 'BEL-0142', contact: 'Phone 07700 900123', consent },
});
const report: SubjectAccessReport = {
  reference: 'BEL-0142', exportedAt: '2026-12-05T01:00:00Z', exportedBy: 'ada', auditLines: [],
  participants: [{ id: 'p1', reference: 'BEL-0142', contact: 'Phone 07700 900123', consent,
    referrals: [referral('r1', 'Tuesday towpath walk', 'COMPLETED'), referral('r2', 'Community singing', 'SENT')] }],
};

let get: ReturnType<typeof vi.spyOn>;
let post: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  get = vi.spyOn(api, 'GET');
  post = vi.spyOn(api, 'POST');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function show() {
  render(<QueryClientProvider client={testQueryClient()}><PersonalData /></QueryClientProvider>);
}

async function find(reference: string) {
  fireEvent.change(screen.getByLabelText('Participant reference'), { target: { value: ` ${reference} ` } });
  fireEvent.click(screen.getByRole('button', { name: 'Find' }));
}

describe('the personal data page', () => {
  it('asks nothing until a reference is looked up, then shows what is held under it', async () => {
    get.mockResolvedValue(answered(report));
    show();
    expect(get).not.toHaveBeenCalled();

    await find('BEL-0142');

    expect(await screen.findByText(/1 participant record, 2 referrals, 0 audit lines/)).toBeTruthy();
    expect(screen.getByText(/Tuesday towpath walk \(Belper Walkers\): completed/)).toBeTruthy();
    expect(get).toHaveBeenCalledWith('/api/personal-data/subject-access', { params: { query: { reference: 'BEL-0142' } } });
  });

  it('erases only once the admin confirms, then says what went', async () => {
    get.mockResolvedValue(answered(report));
    post.mockResolvedValue(answered({ participants: 1, referrals: 2, withdrawn: ['r2'], at: '2026-12-05T01:01:00Z' }));
    show();
    await find('BEL-0142');
    fireEvent.click(await screen.findByRole('button', { name: 'Erase personal details…' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('cannot be brought back');
    expect(post).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Yes, erase' }));

    expect((await screen.findByTestId('erased')).textContent).toMatch(/Erased: the personal details of 1 participant record and 2 referrals are gone; 1 open referral was withdrawn/);
    expect(post).toHaveBeenCalledWith('/api/personal-data/erasure', { body: { reference: 'BEL-0142' } });
    expect(screen.queryByTestId('held')).toBeNull();
  });

  it('records withdrawn consent through its own request, and a cancel sends nothing', async () => {
    get.mockResolvedValue(answered(report));
    post.mockResolvedValue(answered({ participants: 1, referrals: 2, withdrawn: [], at: '2026-12-05T01:01:00Z' }));
    show();
    await find('BEL-0142');
    fireEvent.click(await screen.findByRole('button', { name: 'Record withdrawn consent…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Record withdrawn consent…' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('will need consent recorded from now on');

    fireEvent.click(screen.getByRole('button', { name: 'Yes, consent withdrawn' }));

    expect((await screen.findByTestId('erased')).textContent).toMatch(/^Consent withdrawn: /);
    expect(post).toHaveBeenCalledTimes(1);
    expect(post).toHaveBeenCalledWith('/api/personal-data/consent-withdrawal', { body: { reference: 'BEL-0142' } });
  });

  it('says so when nothing is held under the reference, and offers no erasure', async () => {
    get.mockRejectedValue(new ApiError({ status: 404, title: 'Not found', detail: 'No personal details are held for that participant reference.' }));
    show();
    await find('NOBODY-1');

    expect((await screen.findByRole('alert')).textContent).toContain('No personal details are held');
    expect(screen.queryByRole('button', { name: 'Erase personal details…' })).toBeNull();
  });
});
