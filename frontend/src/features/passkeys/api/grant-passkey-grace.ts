import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Lets an account add one passkey after its password alone (while it has none). */
export async function grantPasskeyGrace(accountId: string): Promise<void> {
  await api.POST('/api/accounts/{id}/passkeys/grace', { params: { path: { id: accountId } } });
}

export function useGrantPasskeyGrace() {
  return useMutation({ mutationFn: grantPasskeyGrace });
}
