import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { Role } from '@/lib/types';
import type { PasskeyRequirements } from './get-passkey-requirements';
import { passkeyKeys } from './keys';

export function setPasskeyRequirements(roles: Role[]): Promise<PasskeyRequirements> {
  return body(api.PUT('/api/passkey-requirements', { body: { roles } }));
}

export function useSetPasskeyRequirements() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: setPasskeyRequirements,
    onSuccess: (saved) => client.setQueryData(passkeyKeys.requirements(), saved),
  });
}
