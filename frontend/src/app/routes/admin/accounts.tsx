import { Accounts } from '@/features/accounts/components/accounts';

export function AccountsRoute() {
  return <Accounts />;
}
