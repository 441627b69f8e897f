import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { AccountView } from '@/lib/types';
import { accountKeys } from './keys';

/** What POST /api/accounts takes: who, their role, whom they act as (provider, link worker) or their place (facilitator). */
export type NewAccount = components['schemas']['NewAccount'];

export function createAccount(account: NewAccount): Promise<AccountView> {
  return answer<AccountView>()(api.POST('/api/accounts', { body: account }));
}

export function useCreateAccount() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createAccount, onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.lists() }) });
}
