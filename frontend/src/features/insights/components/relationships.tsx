import { useState } from 'react';
import { Loading, Problem } from '@/components/form';
import { ScopePicker } from '@/components/scope-picker';
import { useScope } from '@/lib/scope';
import type { LocalityView } from '@/lib/types';
import { useRelationships, type Relationships, type RelationshipMonth } from '../api/get-relationships';
import { csvHref, scopeQuery } from '../utils/insights-query';
import { measures, monthName, share, trendMark, type Measure } from '../utils/relationships';
import { CsvLink } from './csv-link';

/**
 * Link workers' relationships with providers, month by month per PCN and link worker: the pilot set out to need
 * "far fewer linear relationships", with providers referring people on to each other instead.
 */
export function RelationshipsView({ localities }: { localities: LocalityView[] }) {
  const [scope, setScope] = useScope();
  const query = scopeQuery(scope);
  const relationships = useRelationships(query);
  const [measure, setMeasure] = useState<Measure>('directProviders');
  const r = relationships.data;
  return (
    <section>
      <h1>Link workers' relationships</h1>
      <ScopePicker scope={scope} localities={localities} onChange={(s) => setScope(s)} />
      <p><CsvLink href={csvHref('/api/insights/relationships', query)} what="relationships" /></p>
      <Problem error={relationships.error} />
      {relationships.isPending && <Loading />}
      {r && (
        <>
          <TrendFigures relationships={r} />
          <label>
            Show{' '}
            <select value={measure} onChange={(e) => setMeasure(e.target.value as Measure)} data-testid="relationships-measure">
              {Object.entries(measures).map(([key, m]) => <option key={key} value={key}>{m.label}</option>)}
            </select>
          </label>
          <RelationshipsTable relationships={r} measure={measure} />
          <p className="hint">Counts of people and referrals from 1 to 4 are shown as "fewer than 5", and a share they would give away as "–". Providers are not people: their number is shown as it is.</p>
        </>
      )}
    </section>
  );
}

function TrendFigures({ relationships }: { relationships: Relationships }) {
  const trend = relationships.trend;
  const mark = trendMark(trend);
  const last = trend?.lastQuarter;
  const before = trend?.quarterBefore;
  return (
    <div className="panel">
      <p data-testid="relationships-trend"><strong>{mark.arrow}</strong> {trend?.summary}</p>
      {last && before && (
        <dl className="stats">
          <div><dt>Providers per link worker, last quarter</dt><dd>{last.directProvidersPerLinkWorker?.toFixed(1) ?? '–'}</dd></div>
          <div><dt>The quarter before</dt><dd>{before.directProvidersPerLinkWorker?.toFixed(1) ?? '–'}</dd></div>
          <div><dt>Providers' share of referrals, last quarter</dt><dd>{share(last.providerShare)}</dd></div>
        </dl>
      )}
    </div>
  );
}

/** One row for the place, then each PCN followed by its link workers; a column per month. */
export function RelationshipsTable({ relationships, measure }: { relationships: Relationships; measure: Measure }) {
  const months = (relationships.months ?? []).filter((m): m is string => !!m);
  const cell = measures[measure].cell;
  const row = (key: string, name: string, figures: (RelationshipMonth | null)[] | null | undefined, className?: string) => (
    <tr key={key} className={className}>
      <th scope="row" style={className ? undefined : { paddingLeft: '1.5em' }}>{name}</th>
      {months.map((month, i) => <td key={month} className="num">{figures?.[i] ? cell(figures[i]) : ''}</td>)}
    </tr>
  );
  return (
    <div className="table-scroll">
      <table data-testid="relationships-table">
        <caption>{measures[measure].label}, by month</caption>
        <thead>
          <tr><th scope="col">PCN / link worker</th>{months.map((m) => <th scope="col" key={m}>{monthName(m)}</th>)}</tr>
        </thead>
        <tbody>
          {row('place', relationships.place?.name ?? 'The place', relationships.total, 'total')}
          {(relationships.pcns ?? []).flatMap((pcn) => pcn ? [
            row(`pcn-${pcn.id}`, pcn.name ?? '', pcn.months, 'subtotal'),
            ...(pcn.linkWorkers ?? []).map((w) => row(`lw-${pcn.id}-${w?.id}`, w?.name ?? '', w?.months)),
          ] : [])}
        </tbody>
      </table>
    </div>
  );
}
