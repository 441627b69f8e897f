import type { GraphElement } from '@/components/graph';
import type { GraphEdgeKind, GraphNodeKind } from '@/lib/types';
import type { NetworkMap } from '../api/get-network-graph';

export const nodeKinds: GraphNodeKind[] = ['GROUP', 'ORGANISER', 'ACTIVITY', 'VENUE', 'LOCALITY'];
export const edgeKinds: GraphEdgeKind[] = ['RUNS', 'MEETS_AT', 'KNOWS', 'REFERRED', 'PARTNERS', 'WITHIN'];

/**
 * Community colours: Paul Tol's "muted" scheme, told apart by people with any common colour blindness. Only nine
 * are distinct enough; smaller communities beyond them share a grey (the legend says so).
 */
export const communityColours = ['#332288', '#117733', '#44AA99', '#88CCEE', '#DDCC77', '#CC6677', '#AA4499', '#882255', '#999933'];
export const otherCommunities = '#A0A0A0';

export function communityColour(community: number): string {
  return communityColours[community] ?? otherCommunities;
}

/** Node sizes in pixels at zoom 1: area grows with betweenness, so the top broker is the biggest thing on the map. */
export const smallestNode = 14;
export const largestNode = 56;

export function nodeSize(betweenness: number, highest: number): number {
  if (highest <= 0) return smallestNode;
  return Math.round(smallestNode + (largestNode - smallestNode) * Math.sqrt(Math.max(0, betweenness) / highest));
}

/** Labels never smaller than 12px at zoom 1; bigger nodes get bigger labels. */
export function labelSize(size: number): number {
  return Math.max(12, Math.min(18, Math.round(size / 3)));
}

/** A map this small is labelled whole; a bigger one only on its top brokers, the focus and what the viewer points at. */
export const labelAllUpTo = 30;
export const brokersLabelled = 12;

/** The id of the area drawn round the nodes of a locality. */
export const areaId = (code: string) => `area:${code}`;

/**
 * Cytoscape elements for the network map, leaving out the kinds of node and link the viewer hid and any link whose
 * ends are not both shown. Each node sits in the area of its locality (a compound parent, so the layout keeps
 * localities apart; an organiser in the area most of its links lead to), is sized by betweenness and coloured by community; `labelled` marks whose label is always shown.
 */
export function graphElements(graph: NetworkMap, hiddenNodes: ReadonlySet<string> = new Set(), hiddenEdges: ReadonlySet<string> = new Set()): GraphElement[] {
  const nodes = graph.nodes.filter((node) => !hiddenNodes.has(node.kind));
  const shown = new Set(nodes.map((node) => node.id));
  const highest = Math.max(0, ...nodes.map((node) => node.betweenness));
  const brokers = new Set(nodes.filter((node) => node.betweenness > 0).sort((a, b) => b.betweenness - a.betweenness)
    .slice(0, brokersLabelled).map((node) => node.id));
  const labelAll = nodes.length <= labelAllUpTo;
  const areaNames = new Map<string, string>();
  for (const node of graph.nodes) if (node.kind === 'LOCALITY' && node.localityCode) areaNames.set(node.localityCode, node.label);
  // Organisers have no locality of their own: they sit with the locality most of their linked nodes are in.
  const localityOf = new Map(nodes.filter((n) => n.localityCode).map((n) => [n.id, n.localityCode as string]));
  const near = new Map<string, Map<string, number>>();
  for (const edge of graph.edges) {
    for (const [one, other] of [[edge.from, edge.to], [edge.to, edge.from]]) {
      const code = localityOf.get(other);
      if (!shown.has(one) || localityOf.has(one) || !code) continue;
      const counts = near.get(one) ?? new Map<string, number>();
      counts.set(code, (counts.get(code) ?? 0) + 1);
      near.set(one, counts);
    }
  }
  const home = (id: string) => localityOf.get(id)
    ?? [...(near.get(id) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const areas = new Set<string>();
  const measured: GraphElement[] = [];
  for (const node of nodes) {
    const size = nodeSize(node.betweenness, highest);
    const data: GraphElement['data'] = {
      id: node.id, label: node.label, kind: node.kind, locality: node.localityCode ?? '', size, fontSize: labelSize(size),
      community: node.community, colour: communityColour(node.community), betweenness: node.betweenness,
      labelled: labelAll || brokers.has(node.id) || node.id === graph.focus ? 1 : 0,
    };
    const code = home(node.id);
    if (code) {
      areas.add(code);
      data.parent = areaId(code);
    }
    measured.push({ group: 'nodes', data });
  }
  // Areas before the nodes they hold: Cytoscape wants a parent to exist when its children are added.
  const elements: GraphElement[] = [];
  for (const code of [...areas].sort()) {
    elements.push({ group: 'nodes', data: { id: areaId(code), label: areaNames.get(code) ?? code, kind: 'AREA' } });
  }
  elements.push(...measured);
  graph.edges.forEach((edge, index) => {
    if (hiddenEdges.has(edge.kind) || !shown.has(edge.from) || !shown.has(edge.to)) return;
    elements.push({ group: 'edges', data: { id: `e${index}`, source: edge.from, target: edge.to, kind: edge.kind, count: edge.count ?? 1 } });
  });
  return elements;
}

/** The nodes in the order the list beside the map gives them: brokers first, then by name. */
export function byBrokerage<N extends { betweenness: number; label: string }>(nodes: N[]): N[] {
  return [...nodes].sort((a, b) => b.betweenness - a.betweenness || a.label.localeCompare(b.label));
}

/** The page of the app a graph node opens. */
export function nodeHref(kind: GraphNodeKind, id: string, localityCode?: string | null): string | null {
  switch (kind) {
    case 'GROUP': return `/groups/${id}`;
    case 'ACTIVITY': return `/activities/${id}`;
    case 'VENUE': return `/venues/${id}`;
    case 'LOCALITY': return `/search?locality=${encodeURIComponent(localityCode ?? id)}`;
    default: return null;
  }
}
