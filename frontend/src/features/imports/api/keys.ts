/** The imports feature's query keys: imports, one import and its records, the term table, sources, claims. */
export const importKeys = {
  all: ['imports'] as const,
  list: () => [...importKeys.all, 'list'] as const,
  one: (id: string) => [...importKeys.all, 'one', id] as const,
  records: (id: string, outcome: string) => [...importKeys.all, 'records', id, outcome] as const,
  terms: (importId: string) => [...importKeys.all, 'terms', importId] as const,
  source: (listing: string) => [...importKeys.all, 'source', listing] as const,
  claims: () => [...importKeys.all, 'claims'] as const,
};
