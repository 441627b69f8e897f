import { describe, expect, it, vi } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import { applyImportNews, progressOf } from './use-import-progress';

describe('import progress', () => {
  it('reads a progress message and ignores anything else', () => {
    expect(progressOf({ seq: 1, at: '', type: 'import.progress', data: { importId: 'i1', status: 'APPLYING', done: 50, total: 200 } }))
      .toEqual({ importId: 'i1', status: 'APPLYING', done: 50, total: 200 });
    expect(progressOf({ seq: 2, at: '', type: 'activity.changed', data: { activityId: 'a' } })).toBeNull();
  });

  it('fetches the import, its records and the list again', () => {
    const invalidateQueries = vi.fn();
    applyImportNews({ invalidateQueries } as unknown as QueryClient, { importId: 'i1', status: 'APPLIED', done: 2, total: 2 });
    expect(invalidateQueries.mock.calls.map(([filter]) => filter.queryKey)).toEqual([
      ['imports', 'one', 'i1'], ['imports', 'records', 'i1'], ['imports', 'list'],
    ]);
  });
});
