import { useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { Passkey } from './get-my-passkeys';
import { passkeyKeys } from './keys';

export function getAccountPasskeys(accountId: string): Promise<Passkey[]> {
  return body(api.GET('/api/accounts/{id}/passkeys', { params: { path: { id: accountId } } }));
}

export function useAccountPasskeys(accountId: string | null) {
  return useQuery({
    queryKey: passkeyKeys.ofAccount(accountId ?? ''),
    queryFn: () => getAccountPasskeys(accountId ?? ''),
    enabled: Boolean(accountId),
  });
}
