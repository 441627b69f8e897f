import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { AccountView, Page } from '@/lib/types';
import { accountKeys } from './keys';

export function updateAccount(account: Pick<AccountView, 'id' | 'version'>, changes: { enabled: boolean }): Promise<AccountView> {
  return answer<AccountView>()(api.PATCH('/api/accounts/{id}', { params: { path: { id: account.id } }, body: { ...changes, version: account.version } }));
}

/** Enables or disables an account; the answer replaces its row in every page of accounts held. */
export function useUpdateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ account, enabled }: { account: Pick<AccountView, 'id' | 'version'>; enabled: boolean }) => updateAccount(account, { enabled }),
    onSuccess: (view) => client.setQueriesData<Page<AccountView>>({ queryKey: accountKeys.lists() },
      (page) => page && { ...page, items: page.items.map((a) => (a.id === view.id ? view : a)) }),
  });
}
