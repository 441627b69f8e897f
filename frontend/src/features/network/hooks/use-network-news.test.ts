import { describe, expect, it } from 'vitest';
import { invalidated, testQueryClient } from '@/test/live-news';
import { networkKeys } from '../api/keys';
import { applyNetworkNews } from './use-network-news';

describe('live news on the network', () => {
  it('fetches the counts and every graph drawn again, nothing else', () => {
    const client = testQueryClient();
    const graph = networkKeys.graph({ locality: 'AMBER', category: '', link: '' });
    client.setQueryData(networkKeys.summary(), { nodes: {}, relationships: {} });
    client.setQueryData(graph, { nodes: [], edges: [] });
    client.setQueryData(['insights', 'gaps', {}], { rows: [] });

    applyNetworkNews(client);

    expect(invalidated(client, networkKeys.summary())).toBe(true);
    expect(invalidated(client, graph)).toBe(true);
    expect(invalidated(client, ['insights', 'gaps', {}])).toBe(false);
  });
});
