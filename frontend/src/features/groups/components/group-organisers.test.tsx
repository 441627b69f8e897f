// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '@/lib/api-client';
import type { GroupView } from '@/lib/types';
import { answered } from '@/test/api';
import { GroupOrganisers } from './group-organisers';

const group: GroupView = {
  id: 'g-belper-walkers', name: 'Belper Walkers', description: null, website: null, updatedAt: null, status: 'ACTIVE',
  localityCode: 'BELPER', localityName: 'Belper',
  organisers: [{ id: 'o-gene', name: 'Gene', role: 'Lead' }, { id: 'o-una', name: 'Una', role: 'Lead' }],
  activities: 2, version: 4,
};

function show(mayRemove: boolean) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<QueryClientProvider client={client}><GroupOrganisers group={group} mayRemove={mayRemove} /></QueryClientProvider>);
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("a group's organisers", () => {
  it('offers whoever may change the group to take an organiser off it, from the version shown, once confirmed', async () => {
    const post = vi.spyOn(api, 'POST').mockResolvedValue(answered({ ...group, organisers: [group.organisers[0]], version: 5 }));
    vi.stubGlobal('confirm', vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true));
    show(true);

    fireEvent.click(screen.getByRole('button', { name: 'Remove Una' }));
    expect(post).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Una' }));
    await vi.waitFor(() => expect(post).toHaveBeenCalledWith('/api/groups/{id}/organisers/{organiserId}/remove', {
      params: { path: { id: 'g-belper-walkers', organiserId: 'o-una' } }, body: { version: 4 },
    }));
  });

  it('lists them without buttons for anyone else', () => {
    show(false);
    expect(screen.getByText('Una (Lead)')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
