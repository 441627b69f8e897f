import type { Filters, QueryOf } from '@/lib/api-client';

/** Which audit entries to show: by whom, of what kind, in which period ('' for any). */
export type AuditFilters = Filters<Pick<QueryOf<'/api/audit'>, 'actor' | 'kind' | 'from' | 'to'>>;

/** The accounts feature's query keys: pages of accounts, pages of the audit trail. */
export const accountKeys = {
  all: ['accounts'] as const,
  lists: () => [...accountKeys.all, 'list'] as const,
  list: (page: number) => [...accountKeys.lists(), page] as const,
  audit: (filters: AuditFilters, page: number) => [...accountKeys.all, 'audit', filters, page] as const,
};
