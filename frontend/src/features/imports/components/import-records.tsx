import { useState } from 'react';
import { useImportRecords, type ImportRecord, type PlanPart, type RecordOutcome } from '../api/get-import-records';
import { useResolveConflict } from '../api/resolve-conflict';

const OUTCOMES: (RecordOutcome | '')[] = ['', 'ADDED', 'CHANGED', 'UNCHANGED', 'CONFLICT', 'CLAIMED', 'REJECTED'];

function PartLine({ part }: { part: PlanPart | null | undefined }) {
  if (!part) return null;
  return (
    <li>
      {part.kind.toLowerCase()} {part.action.toLowerCase()}
      {part.changed.length > 0 && part.action === 'CHANGE' && `: ${part.changed.join(', ')}`}
      {part.keptEdits.length > 0 && ` (kept Hedgerow's ${part.keptEdits.join(', ')})`}
      {part.conflicts.length > 0 && (
        <ul>{part.conflicts.map((c) => (
          <li key={c.field}>{c.field}: Hedgerow has “{c.hedgerow ?? '—'}”, the feed “{c.feed ?? '—'}”</li>
        ))}</ul>
      )}
    </li>
  );
}

function RecordRow({ importId, record }: { importId: string; record: ImportRecord }) {
  const resolve = useResolveConflict(importId);
  return (
    <li className="import-record">
      <strong>{record.name || record.externalId}</strong> — {record.outcome.toLowerCase()}
      {record.applied && ' (applied)'}{record.failure && <span className="field-error"> not written: {record.failure}</span>}
      {record.reasons.length > 0 && <ul aria-label="Reasons">{record.reasons.map((r, i) => <li key={i}>{r}</li>)}</ul>}
      {record.plan && <ul><PartLine part={record.plan.group} /><PartLine part={record.plan.venue} /><PartLine part={record.plan.activity} /></ul>}
      {record.warnings.length > 0 && <ul aria-label="Warnings">{record.warnings.map((w, i) => <li key={i}>⚠ {w}</li>)}</ul>}
      {record.outcome === 'CONFLICT' && !record.applied && (
        <p>
          {record.resolution ? `Resolved: ${record.resolution === 'TAKE_FEED' ? "take the feed's" : "keep Hedgerow's"}. ` : ''}
          <button type="button" onClick={() => resolve.mutate({ seq: record.seq, resolution: 'KEEP_HEDGEROW' })}>Keep Hedgerow's</button>{' '}
          <button type="button" onClick={() => resolve.mutate({ seq: record.seq, resolution: 'TAKE_FEED' })}>Take the feed's</button>
        </p>
      )}
    </li>
  );
}

/** The import's services, record by record: what each would do, why refused ones were refused, conflicts to resolve. */
export function ImportRecords({ id }: { id: string }) {
  const [outcome, setOutcome] = useState<RecordOutcome | ''>('');
  const records = useImportRecords(id, outcome);
  return (
    <section className="panel" aria-labelledby="import-records-heading">
      <h2 id="import-records-heading">Record by record</h2>
      <label>Show{' '}
        <select value={outcome} onChange={(e) => setOutcome(e.target.value as RecordOutcome | '')}>
          {OUTCOMES.map((o) => <option key={o} value={o}>{o ? o.toLowerCase() : 'all'}</option>)}
        </select>
      </label>
      <ul>{(records.data ?? []).map((record) => <RecordRow key={record.seq} importId={id} record={record} />)}</ul>
    </section>
  );
}
