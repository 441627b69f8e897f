/** The vocabulary feature's query keys: the codes of kinds of activity (categories) and of needs. */
export const vocabularyKeys = {
  all: ['vocabulary'] as const,
  categories: () => [...vocabularyKeys.all, 'categories'] as const,
  needs: () => [...vocabularyKeys.all, 'needs'] as const,
};
