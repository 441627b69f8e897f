import { useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { passkeyKeys } from './keys';

export type Passkey = components['schemas']['PasskeyView'];

export function getMyPasskeys(): Promise<Passkey[]> {
  return body(api.GET('/api/account/passkeys'));
}

export function useMyPasskeys() {
  return useQuery({ queryKey: passkeyKeys.mine(), queryFn: getMyPasskeys });
}
