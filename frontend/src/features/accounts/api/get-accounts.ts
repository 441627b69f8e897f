import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { AccountView, Page } from '@/lib/types';
import { accountKeys } from './keys';

export function getAccounts(page: number): Promise<Page<AccountView>> {
  return answer<Page<AccountView>>()(api.GET('/api/accounts', { params: { query: { page, size: 50 } } }));
}

export function useAccounts(page: number) {
  return useQuery({ queryKey: accountKeys.list(page), queryFn: () => getAccounts(page), placeholderData: keepPreviousData });
}
