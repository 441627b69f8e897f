import { useState, type FormEvent } from 'react';
import { Loading, Problem } from '@/components/form';
import { TableScroll } from '@/components/table-scroll';
import { dateTime } from '@/lib/format';
import { useAudit } from '../api/get-audit';
import type { AuditKind } from '@/lib/types';
import type { AuditFilters } from '../api/keys';

const kinds = ['SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'SIGN_OUT', 'SESSION_REFUSED', 'LIVE_REFUSED',
  'PASSWORD_CHANGED', 'PASSWORD_CHANGE_FAILED', 'ACCOUNT_CREATED', 'ACCOUNT_CHANGED', 'PASSWORD_RESET', 'REFERRAL_READ',
  'REFERRAL_CHANGED', 'PARTICIPANT_READ', 'PARTICIPANT_CHANGED', 'BACKUP_TAKEN', 'BACKUP_DELETED', 'BACKUP_RESTORED',
  'SUBJECT_ACCESS_EXPORTED', 'PERSONAL_DATA_ERASED', 'CONSENT_WITHDRAWN',
  'PASSKEY_REGISTERED', 'PASSKEY_REFUSED', 'PASSKEY_REMOVED', 'PASSKEY_GRACE_GRANTED', 'PASSKEY_REQUIREMENT_CHANGED',
] as const satisfies readonly AuditKind[];

/** The audit trail, newest first, filtered by actor, kind and period. Read only: nothing can change it. */
export function AuditTrail() {
  const [filters, setFilters] = useState<AuditFilters>({ actor: '', kind: '', from: '', to: '' });
  const [draft, setDraft] = useState(filters);
  const [page, setPage] = useState(0);
  const audit = useAudit(filters, page);

  function submit(event: FormEvent) {
    event.preventDefault();
    setPage(0);
    setFilters(draft);
  }

  return (
    <section>
      <h1>Audit trail</h1>
      <form className="toolbar" onSubmit={submit} aria-label="Filter the audit trail">
        <label>Actor <input value={draft.actor} onChange={(e) => setDraft({ ...draft, actor: e.target.value })} /></label>
        <label>Kind <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: kinds.find((k) => k === e.target.value) ?? '' })}><option value="">All</option>{kinds.map((k) => <option key={k} value={k}>{k.toLowerCase().replace(/_/g, ' ')}</option>)}</select></label>
        <label>From <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} /></label>
        <label>To <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} /></label>
        <button type="submit">Filter</button>
      </form>
      <Problem error={audit.error} />
      {!audit.data && <Loading />}
      {audit.data && (
        <>
          <TableScroll label="Audit entries">
            <table>
              <caption>{audit.data.totalItems} entries</caption>
              <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Subject</th><th scope="col">Detail</th><th scope="col">From</th></tr></thead>
              <tbody>
                {audit.data.items.map((e) => (
                  <tr key={e.id}>
                    <td>{dateTime(e.at)}</td><td>{e.actor}{e.actorRole && <small> ({e.actorRole.toLowerCase()})</small>}</td>
                    <td>{e.kind.toLowerCase().replace(/_/g, ' ')}</td><td>{e.subjectType} {e.subjectId}</td><td>{e.detail}</td><td>{e.address}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <div className="pager">
            {page > 0 && <button type="button" onClick={() => setPage(page - 1)}>Newer</button>}
            {page + 1 < audit.data.totalPages && <button type="button" onClick={() => setPage(page + 1)}>Older</button>}
          </div>
        </>
      )}
    </section>
  );
}
