import type { GraphElement } from '@/components/graph';
import type { GraphEdgeKind, GraphNodeKind, NetworkGraph } from '@/lib/types';

export const nodeKinds: GraphNodeKind[] = ['GROUP', 'ORGANISER', 'ACTIVITY', 'VENUE', 'LOCALITY'];
export const edgeKinds: GraphEdgeKind[] = ['RUNS', 'MEETS_AT', 'KNOWS', 'REFERRED', 'PARTNERS', 'WITHIN'];

/**
 * Cytoscape elements for the network graph, leaving out the kinds of node and link the viewer hid and
 * any link whose ends are not both shown.
 */
export function graphElements(graph: NetworkGraph, hiddenNodes: ReadonlySet<string> = new Set(), hiddenEdges: ReadonlySet<string> = new Set()): GraphElement[] {
  const shown = new Set<string>();
  const elements: GraphElement[] = [];
  for (const node of graph.nodes) {
    if (hiddenNodes.has(node.kind)) continue;
    shown.add(node.id);
    elements.push({ group: 'nodes', data: { id: node.id, label: node.label, kind: node.kind, locality: node.localityCode ?? '' } });
  }
  graph.edges.forEach((edge, index) => {
    if (hiddenEdges.has(edge.kind) || !shown.has(edge.from) || !shown.has(edge.to)) return;
    elements.push({ group: 'edges', data: { id: `e${index}`, source: edge.from, target: edge.to, kind: edge.kind, count: edge.count ?? 1 } });
  });
  return elements;
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
