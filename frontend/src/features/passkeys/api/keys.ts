/** The passkeys feature's query keys: one's own passkeys, the requirement per role, an account's passkeys. */
export const passkeyKeys = {
  all: ['passkeys'] as const,
  mine: () => [...passkeyKeys.all, 'mine'] as const,
  requirements: () => [...passkeyKeys.all, 'requirements'] as const,
  ofAccount: (accountId: string) => [...passkeyKeys.all, 'account', accountId] as const,
};
