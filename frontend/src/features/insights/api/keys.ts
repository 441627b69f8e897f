
/** The insights feature's query keys: one per view and place, period and options asked. */
export const insightKeys = {
  all: ['insights'] as const,
  view: (view: 'gaps' | 'flows' | 'health' | 'outcomes' | 'relationships', query: object) => [...insightKeys.all, view, query] as const,
};
