import { BackupsList } from '@/features/backups/components/backups-list';

export function BackupsRoute() {
  return <BackupsList />;
}
