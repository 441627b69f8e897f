import { TableScroll } from '@/components/table-scroll';
import { Loading, Problem } from '@/components/form';
import { countText } from '@/lib/format';
import type { LocalityView } from '@/lib/types';
import { useGaps } from '../api/get-gaps';
import { ScopePicker } from '@/components/scope-picker';
import { useScope } from '@/lib/scope';
import { CsvLink } from './csv-link';
import { csvHref, heat, scopeQuery } from '../utils/insights-query';

/** Which localities lack which kinds of activity: a heatmap of pressure, and the biggest gaps ranked. */
export function GapMap({ localities }: { localities: LocalityView[] }) {
  const [scope, setScope, params] = useScope();
  const by = params.get('by') === 'need' ? 'need' : 'category';
  const query = scopeQuery(scope, { by });
  const gaps = useGaps(query);
  const m = gaps.data;
  return (
    <section>
      <h1>Gap map</h1>
      <p className="lead">Demand (referrals) against what is on offer, by locality. A “gap” is demand with no activity at all.</p>
      <ScopePicker scope={scope} localities={localities} onChange={(s) => setScope(s)} />
      <div className="toolbar">
        <label>Columns{' '}
          <select value={by} onChange={(e) => setScope({ by: e.target.value })}>
            <option value="category">Kinds of activity</option>
            <option value="need">Needs</option>
          </select>
        </label>
        <CsvLink href={csvHref('/api/insights/gaps', query)} what="the gap map" />
      </div>
      <Problem error={gaps.error} />
      {gaps.isPending && <Loading />}
      {m && (
        <>
          <h2>Biggest gaps in {m.place.name}</h2>
          {m.biggestGaps.length === 0 ? <p>No gaps: every need referred for has something nearby.</p> : (
            <ol className="ranked" data-testid="biggest-gaps">
              {m.biggestGaps.map((g, i) => (
                <li key={`${g.localityCode}-${g.code}`}>
                  <strong>{g.localityName}: {g.name}</strong> · demand {countText(g.demand)}, {g.activities} activities
                  {g.pressure !== null && `, pressure ${g.pressure.toFixed(2)}`}
                  <div className="hint">{g.reason}</div>
                  <span className="visually-hidden">Rank {i + 1}</span>
                </li>
              ))}
            </ol>
          )}
          <h2>Heatmap</h2>
          <p className="legend">
            {(['no demand', 'low', 'medium', 'high', 'gap'] as const).map((word, level) => (
              <span key={word} className={`heat heat-${level}`}>{word}</span>
            ))}
            <span className="hint"> Each cell: demand / activities (spaces left).</span>
          </p>
          <TableScroll label="Gap heatmap">
            <table className="heatmap" data-testid="gap-heatmap">
              <caption className="visually-hidden">Demand and activities by locality and {by}</caption>
              <thead>
                <tr><th scope="col">Locality</th>{m.columns.map((c) => <th scope="col" key={c.code}><span>{c.name}{c.green && <small> (green)</small>}</span></th>)}</tr>
              </thead>
              <tbody>
                {m.rows.map((row) => (
                  <tr key={row.localityCode}>
                    <th scope="row">{row.localityName}</th>
                    {row.cells.map((cell) => {
                      const h = heat(cell);
                      return (
                        <td key={cell.code} className={`heat heat-${h.level}`}
                          title={`${row.localityName}, ${cell.code}: ${h.word}; demand ${countText(cell.demand)}, ${cell.activities} activities, ${cell.spacesLeft} spaces left, ${cell.weeklySessions} weekly sessions`}>
                          <span>{countText(cell.demand) === '–' ? '0' : typeof cell.demand === 'number' ? cell.demand : '<5'}/{cell.activities}</span>
                          <small> ({cell.spacesLeft})</small>
                          {h.level >= 3 && <span className="visually-hidden"> {h.word}</span>}
                          {h.level === 4 && <span aria-hidden="true"> ●</span>}
                        </td>
                      );
                    })}
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
