/** The personal-data feature's query keys: one subject access export per reference looked up. */
export const personalDataKeys = {
  all: ['personal-data'] as const,
  subjectAccess: (reference: string) => [...personalDataKeys.all, 'subject-access', reference] as const,
};
