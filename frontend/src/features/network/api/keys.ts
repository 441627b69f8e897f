import type { Filters, QueryOf } from '@/lib/api-client';

/** Which part of the network graph to draw: a place, a kind of activity, some kinds of link ('' or none for all). */
export type GraphFilters = Filters<QueryOf<'/api/network/graph'>>;
export type LinkKind = NonNullable<QueryOf<'/api/network/graph'>['link']>[number];

/** The kinds of link the graph may be limited to. */
export const linkKinds = ['RUNS', 'MEETS_AT', 'KNOWS', 'REFERRED', 'PARTNERS', 'WITHIN'] as const satisfies readonly LinkKind[];

/** The network feature's query keys: the counts of what it holds, and the graph. */
export const networkKeys = {
  all: ['network'] as const,
  summary: () => [...networkKeys.all, 'summary'] as const,
  graphs: () => [...networkKeys.all, 'graph'] as const,
  graph: (filters: GraphFilters) => [...networkKeys.graphs(), filters] as const,
};
