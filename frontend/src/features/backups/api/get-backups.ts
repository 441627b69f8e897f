import { useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { backupKeys } from './keys';

export type BackupsOverview = components['schemas']['BackupsOverview'];

/** Whether backups are taken here, and the generations kept, newest first (admins). */
export function getBackups() {
  return body(api.GET('/api/admin/backups'));
}

export function useBackups() {
  return useQuery({ queryKey: backupKeys.list(), queryFn: getBackups });
}
