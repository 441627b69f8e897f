import { queryString, type Query } from '../../lib/api';
import type { GapCell, GraphEdgeKind, GraphNodeKind, NetworkGraph } from '../../lib/types';

/** The place and period every insight view takes (empty values mean the server's defaults). */
export interface Scope { locality: string; from: string; to: string }

export function scopeQuery(scope: Scope, extra: Query = {}): Query {
  return { locality: scope.locality, from: scope.from, to: scope.to, ...extra };
}

/** The CSV twin of a JSON insight view: the same path with `.csv`, the same parameters. */
export function csvHref(path: string, query: Query): string {
  return `${path}.csv${queryString(query)}`;
}

/**
 * How hot a gap-map cell is, 0 (no demand) to 4 (demand and nothing to meet it): drawn as a shade AND
 * written as a word, so colour is never the only signal.
 */
export function heat(cell: Pick<GapCell, 'pressure' | 'gap' | 'demand'>): { level: 0 | 1 | 2 | 3 | 4; word: string } {
  if (cell.gap) return { level: 4, word: 'gap' };
  if (cell.pressure === null || cell.demand === 0) return { level: 0, word: 'no demand' };
  if (cell.pressure >= 2) return { level: 3, word: 'high' };
  if (cell.pressure >= 0.75) return { level: 2, word: 'medium' };
  return { level: 1, word: 'low' };
}

export const nodeKinds: GraphNodeKind[] = ['GROUP', 'ORGANISER', 'ACTIVITY', 'VENUE', 'LOCALITY'];
export const edgeKinds: GraphEdgeKind[] = ['RUNS', 'MEETS_AT', 'KNOWS', 'REFERRED', 'PARTNERS', 'WITHIN'];

export interface GraphElement {
  group: 'nodes' | 'edges';
  data: Record<string, string | number>;
}

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
