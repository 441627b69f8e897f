import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AccountView, Role } from '@/lib/types';
import { accountKeys } from './keys';

/** What POST /api/accounts takes: who, their role, whom they act as (provider, link worker) or their place (facilitator). */
export interface NewAccount { username: string; displayName: string; role: Role; actsAs?: string; place?: string; password: string }

export function createAccount(account: NewAccount): Promise<AccountView> {
  return api.post<AccountView>('/api/accounts', account);
}

export function useCreateAccount() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createAccount, onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.lists() }) });
}
