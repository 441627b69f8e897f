/** Which part of the network graph to draw: a place, a kind of activity, some kinds of link ('' for all). */
export interface GraphFilters { locality: string; category: string; link: string }

/** The network feature's query keys: the counts of what it holds, and the graph. */
export const networkKeys = {
  all: ['network'] as const,
  summary: () => [...networkKeys.all, 'summary'] as const,
  graphs: () => [...networkKeys.all, 'graph'] as const,
  graph: (filters: GraphFilters) => [...networkKeys.graphs(), filters] as const,
};
