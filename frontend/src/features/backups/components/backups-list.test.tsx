// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '@/lib/api-client';
import { answered } from '@/test/api';
import { BackupsList, sizeText } from './backups-list';

const backup = (name: string, takenAt: string, sizeBytes: number) => ({ name, takenAt, sizeBytes });

function show() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<QueryClientProvider client={client}><BackupsList /></QueryClientProvider>);
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the backups page', () => {
  it('lists the generations with their time and size, and takes one on demand', async () => {
    const older = backup('hedgerow-2026-12-04T02-30-00.000Z.dump', '2026-12-04T02:30:00Z', 571_616);
    const newer = backup('hedgerow-2026-12-05T02-30-00.000Z.dump', '2026-12-05T02:30:00Z', 2_500_000);
    const get = vi.spyOn(api, 'GET')
      .mockResolvedValueOnce(answered({ available: true, note: null, keep: 7, schedule: '0 30 2 * * *', backups: [older] }))
      .mockResolvedValue(answered({ available: true, note: null, keep: 7, schedule: '0 30 2 * * *', backups: [newer, older] }));
    const post = vi.spyOn(api, 'POST').mockResolvedValue(answered({
      name: newer.name, takenAt: newer.takenAt, sizeBytes: newer.sizeBytes, tookMillis: 812, pauseMillis: 394, pruned: [],
    }));
    show();

    const table = await screen.findByRole('table');
    expect(within(table).getByText(older.name)).toBeTruthy();
    expect(within(table).getByText('558 KB')).toBeTruthy();
    expect(screen.getByText(/newest 7 backups are kept/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    expect(await screen.findByText(/stopped for 394 ms/)).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/api/admin/backups');
    expect(await within(table).findByText(newer.name)).toBeTruthy();
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('says on an external Neo4j that backups are the server\'s job, and offers no button', async () => {
    vi.spyOn(api, 'GET').mockResolvedValue(answered({
      available: false, note: 'Hedgerow is using an external Neo4j (NEO4J_URI)…', keep: 7, schedule: null, backups: [],
    }));
    show();
    expect(await screen.findByText(/external Neo4j/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back up now' })).toBeNull();
  });

  it('writes sizes as a person reads them', () => {
    expect(sizeText(512)).toBe('512 bytes');
    expect(sizeText(571_616)).toBe('558 KB');
    expect(sizeText(548_367_291)).toBe('523 MB');
    expect(sizeText(2_600_000_000)).toBe('2.4 GB');
  });
});
