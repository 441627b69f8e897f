import { useApplyImport } from '../api/apply-import';
import { useImport } from '../api/get-import';
import { useImportProgress } from '../hooks/use-import-progress';
import { Problem } from '@/components/form';

/** An import's state: what the dry run found (or the apply did), live progress, the feed's warnings, apply. */
export function ImportSummary({ id }: { id: string }) {
  const feedImport = useImport(id);
  const progress = useImportProgress(id);
  const apply = useApplyImport();
  const view = feedImport.data;
  if (!view) return <p>Loading the import…</p>;
  const c = view.counts;
  const running = view.status === 'READING' || view.status === 'APPLYING';
  return (
    <section className="panel" aria-labelledby="import-summary-heading">
      <h2 id="import-summary-heading">{view.sourceName} → {view.localityCode}: {view.status.toLowerCase()}</h2>
      {running && (
        <p role="status">
          {view.status === 'READING' ? 'Reading the feed' : 'Applying'}: {progress?.done ?? (view.status === 'APPLYING' ? c.applied : c.services)}
          {progress && progress.total > 0 ? ` of ${progress.total}` : ''} services
          {progress && progress.total > 0 && <progress value={progress.done} max={progress.total} />}
        </p>
      )}
      {view.problemDetail && <p role="alert" className="field-error">⚠ {view.problemDetail}</p>}
      <dl className="import-counts">
        <dt>Services</dt><dd>{c.services}</dd>
        <dt>Added</dt><dd>{c.added} ({c.groupsAdded} groups, {c.venuesAdded} venues)</dd>
        <dt>Changed</dt><dd>{c.changed}</dd>
        <dt>Unchanged</dt><dd>{c.unchanged}</dd>
        <dt>Conflicts</dt><dd>{c.conflicts}</dd>
        <dt>Claimed (left to their organiser)</dt><dd>{c.claimed}</dd>
        <dt>Refused</dt><dd>{c.rejected}</dd>
        <dt>With warnings</dt><dd>{c.withWarnings}</dd>
        <dt>Unmapped terms</dt><dd>{view.unmappedTerms}</dd>
        {view.status !== 'READY' && <><dt>Applied</dt><dd>{c.applied}{c.failed > 0 ? ` (${c.failed} not written)` : ''}</dd></>}
      </dl>
      {view.warnings.length > 0 && (
        <details>
          <summary>{view.warnings.length} warnings about the feed</summary>
          <ul>{view.warnings.map((warning, i) => <li key={i}>{warning}</li>)}</ul>
        </details>
      )}
      <Problem error={apply.error} />
      {view.status === 'READY' && (
        <button type="button" className="primary" disabled={apply.isPending} onClick={() => apply.mutate(id)}>
          Apply: add {c.added}, change {c.changed}{c.conflicts > 0 ? `, leave ${c.conflicts} conflicts as resolved below` : ''}
        </button>
      )}
    </section>
  );
}
