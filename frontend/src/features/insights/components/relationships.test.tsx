// @vitest-environment happy-dom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '@/lib/api-client';
import { answered } from '@/test/api';
import { testQueryClient } from '@/test/live-news';
import type { Relationships, RelationshipMonth } from '../api/get-relationships';
import { RelationshipsPanel } from './overview-panels';
import { RelationshipsView } from './relationships';

const month = (m: string, directProviders: number, referrals: number | '<5', onward: number | '<5', reached: number | '<5', share: number | null): RelationshipMonth =>
  ({ month: m, directProviders, referrals, onwardReferrals: onward, reachedThroughProviders: reached, providerShare: share });

const relationships: Relationships = {
  place: { code: 'AMBER', name: 'Amber Valley' },
  from: '2026-03-01',
  to: '2026-04-30',
  months: ['2026-03', '2026-04'],
  total: [month('2026-03', 4, 9, '<5', '<5', null), month('2026-04', 1, 7, 10, 5, 0.588)],
  pcns: [{
    id: 'p-belper', name: 'Belper PCN',
    months: [month('2026-03', 4, 9, '<5', '<5', null), month('2026-04', 1, 7, 10, 5, 0.588)],
    linkWorkers: [
      { id: 'w-lee', name: 'Lee', months: [month('2026-03', 3, 6, 0, 0, 0), month('2026-04', 1, 6, 6, 5, 0.5)] },
      { id: 'w-mo', name: 'Mo', months: [month('2026-03', 2, '<5', 0, 0, null), month('2026-04', 1, '<5', '<5', '<5', null)] },
    ],
  }],
  trend: {
    direction: 'FEWER',
    summary: 'Fewer direct relationships this quarter: 1.0 providers per link worker (Apr–Jun 2026), down from 3.0 (Jan–Mar 2026).',
    lastQuarter: { from: '2026-04-01', to: '2026-06-30', linkWorkers: 2, directProvidersPerLinkWorker: 1, referrals: 7, onwardReferrals: 10, providerShare: 0.588 },
    quarterBefore: { from: '2026-01-01', to: '2026-03-31', linkWorkers: 2, directProvidersPerLinkWorker: 3, referrals: 9, onwardReferrals: '<5', providerShare: null },
  },
};

function show(ui: React.ReactNode) {
  render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter initialEntries={['/facilitator/relationships?locality=AMBER']}>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
}

function cells(rowName: string): string[] {
  const row = screen.getByRole('rowheader', { name: rowName }).closest('tr') as HTMLElement;
  return within(row).getAllByRole('cell').map((c) => c.textContent ?? '');
}

let get: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  get = vi.spyOn(api, 'GET').mockResolvedValue(answered(relationships));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the relationships panel on the overview', () => {
  it('tells the trend in words, with fewer direct relationships as good news', async () => {
    show(<RelationshipsPanel />);
    const summary = await screen.findByText(/Fewer direct relationships this quarter/);
    expect(summary.className).toBe('trend-good');
    expect(summary.textContent).toContain('↓');
    expect(screen.getByText('59%')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Relationships month by month' }).getAttribute('href')).toBe('/facilitator/relationships');
    expect(get).toHaveBeenCalledWith('/api/insights/relationships', { params: { query: {} } });
  });
});

describe('the relationships page', () => {
  it('shows a row for the place, each PCN and each link worker, a column per month', async () => {
    show(<RelationshipsView localities={[]} />);
    await screen.findByTestId('relationships-table');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['PCN / link worker', 'Mar 2026', 'Apr 2026']);
    expect(cells('Amber Valley')).toEqual(['4', '1']);
    expect(cells('Belper PCN')).toEqual(['4', '1']);
    expect(cells('Lee')).toEqual(['3', '1']);
    expect(get).toHaveBeenCalledWith('/api/insights/relationships', { params: { query: { locality: 'AMBER' } } });
  });

  it('switches to people reached and shares, writing small counts as "fewer than 5" and hidden shares as "–"', async () => {
    show(<RelationshipsView localities={[]} />);
    const measure = await screen.findByTestId('relationships-measure');
    fireEvent.change(measure, { target: { value: 'reachedThroughProviders' } });
    expect(cells('Amber Valley')).toEqual(['fewer than 5', '5']);
    fireEvent.change(measure, { target: { value: 'providerShare' } });
    expect(cells('Amber Valley')).toEqual(['–', '59%']);
    expect(cells('Mo')).toEqual(['–', '–']);
  });

  it('links to the same view as CSV', async () => {
    show(<RelationshipsView localities={[]} />);
    const link = await screen.findByTestId('csv-download');
    expect(link.getAttribute('href')).toBe('/api/insights/relationships.csv?locality=AMBER');
  });
});
