import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, api, sent } from '@/lib/api-client';
import type { AuditEntry, Page } from '@/lib/types';
import { accountKeys, type AuditFilters } from './keys';

/** The audit trail, newest first. */
export function getAudit(filters: AuditFilters, page: number): Promise<Page<AuditEntry>> {
  return answer<Page<AuditEntry>>()(api.GET('/api/audit', { params: { query: { ...sent(filters), page, size: 50 } } }));
}

export function useAudit(filters: AuditFilters, page: number) {
  return useQuery({ queryKey: accountKeys.audit(filters, page), queryFn: () => getAudit(filters, page), placeholderData: keepPreviousData });
}
