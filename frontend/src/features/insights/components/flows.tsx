import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { TableScroll } from '@/components/table-scroll';
import { Loading, Problem } from '@/components/form';
import { countText, countValue } from '@/lib/format';
import { Graph, GraphLegend, type GraphElement } from '@/components/graph';
import type { LocalityView } from '@/lib/types';
import { useFlows } from '../api/get-flows';
import { ScopePicker } from '@/components/scope-picker';
import { useScope } from '@/lib/scope';
import { CsvLink } from './csv-link';
import { csvHref, scopeQuery } from '../utils/insights-query';

/** Where referrals flow: from link workers (and their PCNs) to groups, and from group to group. */
export function Flows({ localities }: { localities: LocalityView[] }) {
  const [scope, setScope] = useScope();
  const query = scopeQuery(scope);
  const flows = useFlows(query);
  const [selected, setSelected] = useState<string | null>(null);
  const f = flows.data;
  const elements = useMemo<GraphElement[]>(() => (f ? [
    ...f.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.name, kind: n.kind } })),
    ...f.edges.map((e, i) => ({ group: 'edges' as const, data: { id: `f${i}`, source: e.from, target: e.to, kind: 'REFERRED', count: countValue(e.count) } })),
  ] : []), [f]);
  const name = (id: string) => f?.nodes.find((n) => n.id === id)?.name ?? id;
  const kind = (id: string) => f?.nodes.find((n) => n.id === id)?.kind;
  const rows = (f?.edges ?? []).filter((e) => !selected || e.from === selected || e.to === selected)
    .sort((a, b) => countValue(b.count) - countValue(a.count));
  return (
    <section>
      <h1>Referral flows</h1>
      <ScopePicker scope={scope} localities={localities} onChange={(s) => setScope(s)} />
      <p><CsvLink href={csvHref('/api/insights/flows', query)} what="referral flows" /></p>
      <Problem error={flows.error} />
      {flows.isPending && <Loading />}
      {f && f.edges.length === 0 && <p>No referrals in this place and period yet.</p>}
      {f && f.edges.length > 0 && (
        <div>
          <div>
            <Graph elements={elements} selected={selected} onSelect={setSelected} layout="breadthfirst" directed
              label={`Referral flows: ${f.nodes.length} places and people, ${f.edges.length} flows. The table lists every flow.`} />
            <GraphLegend kinds={['LINK_WORKER', 'PCN', 'GROUP']} />
          </div>
          <TableScroll label="Flows table">
            {selected && <p>Showing flows of <strong>{name(selected)}</strong> <button type="button" className="link-button" onClick={() => setSelected(null)}>show all</button></p>}
            <table>
              <caption>Flows, largest first</caption>
              <thead><tr><th scope="col">From</th><th scope="col">To</th><th scope="col">Referrals</th></tr></thead>
              <tbody>
                {rows.map((e, i) => (
                  <tr key={i}>
                    <td><button type="button" className="link-button" onClick={() => setSelected(e.from)}>{name(e.from)}</button></td>
                    <td>{kind(e.to) === 'GROUP' ? <Link to={`/groups/${e.to}`}>{name(e.to)}</Link> : name(e.to)}</td>
                    <td className="n">{countText(e.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      )}
    </section>
  );
}
