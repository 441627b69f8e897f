import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { passkeyKeys } from './keys';

export async function removeMyPasskey(id: string): Promise<void> {
  await api.DELETE('/api/account/passkeys/{id}', { params: { path: { id } } });
}

export function useRemoveMyPasskey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: removeMyPasskey,
    onSuccess: () => client.invalidateQueries({ queryKey: passkeyKeys.mine() }),
  });
}
