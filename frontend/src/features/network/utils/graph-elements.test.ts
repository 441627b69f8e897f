import { describe, expect, it } from 'vitest';
import type { NetworkGraph } from '@/lib/types';
import { graphElements, nodeHref } from './graph-elements';

describe('network graph elements', () => {
  const graph: NetworkGraph = {
    localityCode: 'DERBY', localityName: 'Derby', truncated: false,
    nodes: [
      { id: 'g1', kind: 'GROUP', label: 'Walkers', localityCode: 'DERBY' },
      { id: 'o1', kind: 'ORGANISER', label: 'Gene', localityCode: null },
      { id: 'v1', kind: 'VENUE', label: 'Park', localityCode: 'DERBY' },
    ],
    edges: [
      { from: 'o1', to: 'g1', kind: 'RUNS', count: null },
      { from: 'g1', to: 'v1', kind: 'MEETS_AT', count: 3 },
    ],
  };

  it('makes a node per node and an edge per link, with counts', () => {
    const elements = graphElements(graph);
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(3);
    expect(elements.filter((e) => e.group === 'edges').map((e) => e.data)).toEqual([
      { id: 'e0', source: 'o1', target: 'g1', kind: 'RUNS', count: 1 },
      { id: 'e1', source: 'g1', target: 'v1', kind: 'MEETS_AT', count: 3 },
    ]);
  });

  it('leaves out hidden kinds of node with their links, and hidden kinds of link', () => {
    const noVenues = graphElements(graph, new Set(['VENUE']));
    expect(noVenues.map((e) => e.data.id)).toEqual(['g1', 'o1', 'e0']);
    const noRuns = graphElements(graph, new Set(), new Set(['RUNS']));
    expect(noRuns.filter((e) => e.group === 'edges').map((e) => e.data.kind)).toEqual(['MEETS_AT']);
  });

  it('opens the page of a node where the app has one', () => {
    expect(nodeHref('GROUP', 'g1')).toBe('/groups/g1');
    expect(nodeHref('VENUE', 'v1')).toBe('/venues/v1');
    expect(nodeHref('LOCALITY', 'loc-derby', 'DERBY')).toBe('/search?locality=DERBY');
    expect(nodeHref('ORGANISER', 'o1')).toBeNull();
  });
});
