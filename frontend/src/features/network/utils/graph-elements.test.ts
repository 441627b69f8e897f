import { describe, expect, it } from 'vitest';
import type { NetworkMap } from '../api/get-network-graph';
import { areaId, byBrokerage, communityColour, communityColours, graphElements, labelSize, largestNode, nodeHref, nodeSize, otherCommunities, smallestNode } from './graph-elements';

const node = (id: string, kind: NetworkMap['nodes'][number]['kind'], localityCode: string | null, betweenness = 0, community = 0) =>
  ({ id, kind, label: id.toUpperCase(), localityCode, betweenness, community });

describe('network map elements', () => {
  const graph: NetworkMap = {
    localityCode: 'DERBY', localityName: 'Derby', truncated: false,
    nodes: [
      node('g1', 'GROUP', 'DERBY', 0.5, 0),
      node('o1', 'ORGANISER', null, 0, 1),
      node('v1', 'VENUE', 'DERBY', 0.125, 12),
      node('l1', 'LOCALITY', 'DERBY'),
    ],
    edges: [
      { from: 'o1', to: 'g1', kind: 'RUNS', count: null, origin: null },
      { from: 'g1', to: 'v1', kind: 'MEETS_AT', count: 3, origin: null },
    ],
    communities: [],
    focus: null,
    depth: null,
  };
  const nodesOf = (map: NetworkMap, hidden = new Set<string>()) =>
    Object.fromEntries(graphElements(map, hidden).filter((e) => e.group === 'nodes').map((e) => [e.data.id, e.data]));

  it('makes a node per node and an edge per link, with counts', () => {
    const elements = graphElements(graph);
    expect(elements.filter((e) => e.group === 'nodes' && e.data.kind !== 'AREA')).toHaveLength(4);
    expect(elements.filter((e) => e.group === 'edges').map((e) => e.data)).toEqual([
      { id: 'e0', source: 'o1', target: 'g1', kind: 'RUNS', count: 1 },
      { id: 'e1', source: 'g1', target: 'v1', kind: 'MEETS_AT', count: 3 },
    ]);
  });

  it('leaves out hidden kinds of node with their links, and hidden kinds of link', () => {
    const noVenues = graphElements(graph, new Set(['VENUE']));
    expect(noVenues.map((e) => e.data.id)).toEqual([areaId('DERBY'), 'g1', 'o1', 'l1', 'e0']);
    const noRuns = graphElements(graph, new Set(), new Set(['RUNS']));
    expect(noRuns.filter((e) => e.group === 'edges').map((e) => e.data.kind)).toEqual(['MEETS_AT']);
  });

  it('sizes nodes by betweenness: the top broker largest, area in proportion, none-brokers smallest', () => {
    const nodes = nodesOf(graph);
    expect(nodes.g1.size).toBe(largestNode);
    expect(nodes.o1.size).toBe(smallestNode);
    // A quarter of the top broker's betweenness: half the extra width (area grows with betweenness).
    expect(nodes.v1.size).toBe(smallestNode + (largestNode - smallestNode) / 2);
    expect(nodeSize(0, 0)).toBe(smallestNode);
    expect(labelSize(smallestNode)).toBe(12);
    expect(labelSize(largestNode)).toBe(18);
  });

  it('colours nodes by community from a colour-blind-safe palette, the smallest communities in grey', () => {
    const nodes = nodesOf(graph);
    expect(nodes.g1.colour).toBe(communityColours[0]);
    expect(nodes.o1.colour).toBe(communityColours[1]);
    expect(nodes.v1.colour).toBe(otherCommunities);
    expect(communityColour(communityColours.length)).toBe(otherCommunities);
  });

  it('puts each node in the area of its locality, named after it; an organiser where its links lead', () => {
    const nodes = nodesOf(graph);
    expect(nodes.g1.parent).toBe(areaId('DERBY'));
    expect(nodes.l1.parent).toBe(areaId('DERBY'));
    expect(nodes.o1.parent).toBe(areaId('DERBY'));
    const alone = nodesOf({ ...graph, edges: [] });
    expect(alone.o1.parent).toBeUndefined();
    expect(nodes[areaId('DERBY')]).toMatchObject({ kind: 'AREA', label: 'L1' });
    const elements = graphElements(graph);
    expect(elements.findIndex((e) => e.data.id === areaId('DERBY'))).toBeLessThan(elements.findIndex((e) => e.data.id === 'g1'));
  });

  it('labels a small map whole, a big one only on its top brokers and its focus', () => {
    expect(Object.values(nodesOf(graph)).filter((n) => n.kind !== 'AREA').every((n) => n.labelled === 1)).toBe(true);
    const big: NetworkMap = {
      ...graph,
      nodes: Array.from({ length: 40 }, (_, i) => node(`n${i}`, 'GROUP', 'DERBY', i < 15 ? (i + 1) / 100 : 0)),
      edges: [],
      focus: 'n39',
    };
    const nodes = nodesOf(big);
    const labelled = Object.values(nodes).filter((n) => n.labelled === 1).map((n) => n.id);
    // The twelve highest betweenness (n14 down to n3) and the focus.
    expect(labelled.sort()).toEqual([...Array.from({ length: 12 }, (_, i) => `n${14 - i}`), 'n39'].sort());
  });

  it('lists brokers first, then by name', () => {
    expect(byBrokerage(graph.nodes).map((n) => n.id)).toEqual(['g1', 'v1', 'l1', 'o1']);
  });

  it('opens the page of a node where the app has one', () => {
    expect(nodeHref('GROUP', 'g1')).toBe('/groups/g1');
    expect(nodeHref('VENUE', 'v1')).toBe('/venues/v1');
    expect(nodeHref('LOCALITY', 'loc-derby', 'DERBY')).toBe('/search?locality=DERBY');
    expect(nodeHref('ORGANISER', 'o1')).toBeNull();
  });
});
