import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function resetPassword(accountId: string, newPassword: string): Promise<unknown> {
  return api.post(`/api/accounts/${encodeURIComponent(accountId)}/password`, { newPassword });
}

export function useResetPassword() {
  return useMutation({ mutationFn: ({ accountId, newPassword }: { accountId: string; newPassword: string }) => resetPassword(accountId, newPassword) });
}
