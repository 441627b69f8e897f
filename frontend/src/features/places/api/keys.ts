/** The places feature's query keys: localities (one list for the whole county) and venues by id. */
export const placeKeys = {
  all: ['places'] as const,
  localities: () => [...placeKeys.all, 'localities'] as const,
  venue: (id: string) => [...placeKeys.all, 'venue', id] as const,
};
