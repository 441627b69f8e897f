/** The connections feature's query keys: suggested collaborators per group, introductions each way. */
export const connectionKeys = {
  all: ['connections'] as const,
  collaborators: (groupId: string) => [...connectionKeys.all, 'collaborators', groupId] as const,
  introductions: () => [...connectionKeys.all, 'introductions'] as const,
  introductionsWay: (direction: 'incoming' | 'outgoing') => [...connectionKeys.introductions(), direction] as const,
};
