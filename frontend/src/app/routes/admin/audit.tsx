import { AuditTrail } from '@/features/accounts/components/audit-trail';

export function AuditRoute() {
  return <AuditTrail />;
}
