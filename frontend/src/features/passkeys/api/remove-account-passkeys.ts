import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { passkeyKeys } from './keys';

/** An admin's recovery for a lost device: every passkey of the account goes; `grace` lets them add one anew. */
export async function removeAccountPasskeys({ accountId, grace }: { accountId: string; grace: boolean }): Promise<void> {
  await api.DELETE('/api/accounts/{id}/passkeys', { params: { path: { id: accountId }, query: { grace } } });
}

export function useRemoveAccountPasskeys() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: removeAccountPasskeys,
    onSuccess: (_, { accountId }) => client.invalidateQueries({ queryKey: passkeyKeys.ofAccount(accountId) }),
  });
}
