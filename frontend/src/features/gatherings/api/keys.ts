/** The gatherings feature's query keys: the list the signed-in person may see, and the groups one may invite. */
export const gatheringKeys = {
  all: ['gatherings'] as const,
  list: () => [...gatheringKeys.all, 'list'] as const,
  invitable: (locality: string) => [...gatheringKeys.all, 'invitable', locality] as const,
};
