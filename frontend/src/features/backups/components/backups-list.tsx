import { Loading, Problem } from '@/components/form';
import { TableScroll } from '@/components/table-scroll';
import { dateTime } from '@/lib/format';
import { useBackups } from '../api/get-backups';
import { useTakeBackup } from '../api/take-backup';

/** A size a person reads: 571,616 bytes is "558 KB". */
export function sizeText(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${size} bytes` : `${size < 10 ? size.toFixed(1) : Math.round(size)} ${units[unit]}`;
}

/** Admins' view of the backups of the embedded store: the generations kept, and a backup taken on demand. */
export function BackupsList() {
  const backups = useBackups();
  const take = useTakeBackup();
  const overview = backups.data;
  return (
    <section>
      <h1>Backups</h1>
      <Problem error={backups.error ?? take.error} />
      {!overview && <Loading />}
      {overview && !overview.available && <p role="status">{overview.note}</p>}
      {overview?.available && (
        <>
          <p>
            The newest {overview.keep} backups are kept.{' '}
            {overview.schedule ? `Taken by themselves on the schedule ${overview.schedule} (UTC).` : 'None are taken by schedule (hedgerow.backup.schedule).'}{' '}
            While one is taken the database stops for a moment, and requests then are asked to try again.
          </p>
          <button type="button" disabled={take.isPending} onClick={() => take.mutate()}>
            {take.isPending ? 'Backing up…' : 'Back up now'}
          </button>
          {take.data && (
            <p role="status">
              Backed up as {take.data.name}: {sizeText(take.data.sizeBytes)} in {take.data.tookMillis} ms, the database
              stopped for {take.data.pauseMillis} ms.
            </p>
          )}
          <TableScroll label="Backups">
            <table>
              <caption>{overview.backups.length} backups</caption>
              <thead><tr><th scope="col">Taken</th><th scope="col">File</th><th scope="col">Size</th></tr></thead>
              <tbody>
                {overview.backups.map((backup) => (
                  <tr key={backup.name}>
                    <td>{dateTime(backup.takenAt)}</td><td>{backup.name}</td><td>{sizeText(backup.sizeBytes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
