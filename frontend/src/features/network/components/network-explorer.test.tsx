// @vitest-environment happy-dom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '@/lib/api-client';
import { answered } from '@/test/api';
import { testQueryClient } from '@/test/live-news';
import type { NetworkMap } from '../api/get-network-graph';
import { NetworkExplorer } from './network-explorer';

// The canvas map needs a real browser; here it only reports what it was given. Live news is not under test.
vi.mock('./network-map', () => ({
  NetworkMap: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));
vi.mock('../hooks/use-network-news', () => ({ useNetworkNews: () => undefined }));

const node = (id: string, label: string, betweenness: number) =>
  ({ id, kind: 'GROUP' as const, label, localityCode: 'BELPER', betweenness, community: 0 });
const whole: NetworkMap = {
  localityCode: 'BELPER', localityName: 'Belper', truncated: false,
  nodes: [node('g-walkers', 'Walkers', 0.4), node('g-choir', 'Choir', 0), node('g-friends', 'Befrienders', 0.1)],
  edges: [{ from: 'g-walkers', to: 'g-friends', kind: 'PARTNERS', count: null, origin: null }, { from: 'g-friends', to: 'g-choir', kind: 'PARTNERS', count: null, origin: null }],
  communities: [{ id: 0, size: 3, localities: ['BELPER'] }], focus: null, depth: null,
};
const around = (focus: string, depth: number): NetworkMap => ({
  ...whole, nodes: whole.nodes.filter((n) => n.id !== 'g-choir' || depth === 2), focus, depth,
});

type Query = { focus?: string; depth?: number };
let get: ReturnType<typeof vi.spyOn>;
const asked = (): Query[] => get.mock.calls.map((call: unknown[]) => (call[1] as { params: { query: Query } }).params.query);

beforeEach(() => {
  get = vi.spyOn(api, 'GET').mockImplementation(((_path: string, init: { params: { query: Query } }) => {
    const { focus, depth } = init.params.query;
    return Promise.resolve(answered(focus ? around(focus, Number(depth)) : whole));
  }) as never);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function showMap() {
  render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter initialEntries={['/facilitator/network']}><NetworkExplorer localities={[]} categories={[]} /></MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the network map explorer', () => {
  it('lists the biggest brokers first, with their measures, for keyboard and screen reader users', async () => {
    showMap();
    const list = await screen.findByRole('list', { name: 'Nodes on the map' });
    const names = (await within(list).findAllByRole('button')).map((b) => b.textContent);
    expect(names).toEqual(['Walkers', 'Befrienders', 'Choir']);
    expect(within(list).getByText(/broker 0\.40/)).toBeTruthy();
    expect(screen.getByTestId('map-legend').textContent).toContain('Community 1: 3 nodes, mostly in BELPER');
  });

  it('focuses on a chosen node and its neighbourhood, one or two links out, and goes back to the whole network', async () => {
    showMap();
    fireEvent.click(await screen.findByRole('button', { name: 'Befrienders' }));

    await screen.findByTestId('focus-bar');
    await waitFor(() => expect(asked().at(-1)).toMatchObject({ focus: 'g-friends', depth: 2 }));
    expect(screen.getByTestId('selected-node').textContent).toContain('Befrienders');
    await waitFor(() => expect(screen.getByRole('img').getAttribute('aria-label')).toContain('focused on Befrienders'));

    fireEvent.change(within(screen.getByTestId('focus-bar')).getByRole('combobox'), { target: { value: '1' } });
    await waitFor(() => expect(asked().at(-1)).toMatchObject({ focus: 'g-friends', depth: 1 }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Choir' })).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Show the whole network' }));
    await waitFor(() => expect(screen.queryByTestId('focus-bar')).toBeNull());
    expect(asked().at(-1)).not.toHaveProperty('focus');
    await screen.findByRole('button', { name: 'Choir' });
  });
});
