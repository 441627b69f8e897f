// @vitest-environment happy-dom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '@/lib/api-client';
import { answered } from '@/test/api';
import { testQueryClient } from '@/test/live-news';
import { ResponsivenessLine, responsivenessText } from './responsiveness-line';

const shown = { from: '2025-12-05', to: '2026-12-04', answered: 5, usuallyRepliesWithinDays: 2, acceptedShare: 0.8, notShownBecause: null };
const tooFew = { from: '2025-12-05', to: '2026-12-04', answered: null, usuallyRepliesWithinDays: null, acceptedShare: null,
  notShownBecause: 'Fewer than 5 referrals answered in the last 12 months.' };

function show(ui: React.ReactNode) {
  render(<QueryClientProvider client={testQueryClient()}>{ui}</QueryClientProvider>);
}

let get: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  get = vi.spyOn(api, 'GET');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('how a listing answers', () => {
  it('says it in one line', () => {
    expect(responsivenessText(shown)).toBe('Usually replies within 2 days · 80% of referrals accepted · last 12 months');
    expect(responsivenessText({ ...shown, usuallyRepliesWithinDays: 1 })).toContain('within 1 day ·');
    expect(responsivenessText(tooFew)).toBeNull();
  });

  it("shows an activity's figures to someone signed in", async () => {
    get.mockResolvedValue(answered(shown));
    show(<ResponsivenessLine listing={{ kind: 'activity', id: 'a-walk' }} signedIn />);
    expect((await screen.findByTestId('responsiveness')).textContent)
      .toBe('Usually replies within 2 days · 80% of referrals accepted · last 12 months');
    expect(get).toHaveBeenCalledWith('/api/activities/{id}/responsiveness', { params: { path: { id: 'a-walk' } } });
  });

  it('says why nothing is shown below five answers', async () => {
    get.mockResolvedValue(answered(tooFew));
    show(<ResponsivenessLine listing={{ kind: 'group', id: 'g-choir' }} signedIn />);
    expect((await screen.findByTestId('responsiveness')).textContent)
      .toBe('Replies to referrals: not shown. Fewer than 5 referrals answered in the last 12 months.');
    expect(get).toHaveBeenCalledWith('/api/groups/{id}/responsiveness', { params: { path: { id: 'g-choir' } } });
  });

  it('asks nothing and shows nothing to the public', () => {
    show(<ResponsivenessLine listing={{ kind: 'activity', id: 'a-walk' }} signedIn={false} />);
    expect(screen.queryByTestId('responsiveness')).toBeNull();
    expect(get).not.toHaveBeenCalled();
  });
});
