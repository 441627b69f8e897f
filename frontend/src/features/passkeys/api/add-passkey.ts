import { useMutation, useQueryClient } from '@tanstack/react-query';
import { registerPasskey } from '@/lib/passkeys';
import { passkeyKeys } from './keys';

/** Adds a passkey made by this browser's authenticator (Spring Security's /webauthn/register endpoints). */
export function useAddPasskey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (label: string) => registerPasskey(label),
    onSuccess: () => client.invalidateQueries({ queryKey: passkeyKeys.mine() }),
  });
}
