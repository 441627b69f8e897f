/** The groups feature's query keys: groups and organisers by id. */
export const groupKeys = {
  all: ['groups'] as const,
  group: (id: string) => [...groupKeys.all, 'group', id] as const,
  organiser: (id: string) => [...groupKeys.all, 'organiser', id] as const,
};
