import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { backupKeys } from './keys';

export type TakenBackup = components['schemas']['TakenBackup'];

/** Takes a backup now; answers when it is written (the database is stopped for a moment meanwhile). */
export function takeBackup() {
  return body(api.POST('/api/admin/backups'));
}

export function useTakeBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: takeBackup,
    onSettled: () => client.invalidateQueries({ queryKey: backupKeys.all }),
  });
}
