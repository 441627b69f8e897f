import { useMutation } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';

export function resetPassword(accountId: string, newPassword: string): Promise<unknown> {
  return body(api.POST('/api/accounts/{id}/password', { params: { path: { id: accountId } }, body: { newPassword } }));
}

export function useResetPassword() {
  return useMutation({ mutationFn: ({ accountId, newPassword }: { accountId: string; newPassword: string }) => resetPassword(accountId, newPassword) });
}
