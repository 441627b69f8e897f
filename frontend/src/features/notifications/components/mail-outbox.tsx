import { useState } from 'react';
import { Loading, Problem } from '@/components/form';
import { TableScroll } from '@/components/table-scroll';
import { dateTime } from '@/lib/format';
import { useOutbox, type MailStatus } from '../api/get-outbox';
import { useOutboxSummary } from '../api/get-outbox-summary';

/** Admins' view of the mail outbox: what waits (all of it while no SMTP server is set), went, or failed for good. */
export function MailOutbox() {
  const [status, setStatus] = useState<MailStatus | ''>('');
  const [page, setPage] = useState(0);
  const summary = useOutboxSummary();
  const outbox = useOutbox(status, page);
  return (
    <section>
      <h1>Mail outbox</h1>
      {summary.data && (
        <p role="status">
          {summary.data.smtpConfigured ? 'Sending through the SMTP server set in spring.mail.*.'
            : 'No SMTP server is set (spring.mail.host): mails wait here until one is.'}{' '}
          {summary.data.pending} waiting, {summary.data.sent} sent, {summary.data.failed} failed.
        </p>
      )}
      <label>Show <select value={status} onChange={(e) => { setPage(0); setStatus(e.target.value as MailStatus | ''); }}>
        <option value="">All</option><option value="PENDING">Waiting</option><option value="SENT">Sent</option><option value="FAILED">Failed</option>
      </select></label>
      <Problem error={outbox.error ?? summary.error} />
      {!outbox.data && <Loading />}
      {outbox.data && (
        <>
          <TableScroll label="Mails">
            <table>
              <caption>{outbox.data.totalItems} mails</caption>
              <thead><tr><th scope="col">Written</th><th scope="col">To</th><th scope="col">About</th><th scope="col">Status</th><th scope="col">Tries</th><th scope="col">Next try / sent</th><th scope="col">Last error</th></tr></thead>
              <tbody>
                {outbox.data.items.map((mail) => (
                  <tr key={mail.id}>
                    <td>{dateTime(mail.createdAt)}</td><td>{mail.address}</td>
                    <td>{mail.digest ? `digest of ${mail.items}` : mail.kinds.map((k) => k.toLowerCase().replace(/_/g, ' ')).join(', ')}</td>
                    <td>{mail.status.toLowerCase()}</td><td>{mail.attempts}</td>
                    <td>{dateTime(mail.status === 'SENT' ? mail.sentAt : mail.nextAttemptAt)}</td><td>{mail.lastError}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <div className="pager">
            {page > 0 && <button type="button" onClick={() => setPage(page - 1)}>Newer</button>}
            {page + 1 < (outbox.data.totalPages ?? 0) && <button type="button" onClick={() => setPage(page + 1)}>Older</button>}
          </div>
        </>
      )}
    </section>
  );
}
