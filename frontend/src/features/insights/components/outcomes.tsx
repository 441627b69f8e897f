import { Loading, Problem } from '@/components/form';
import { countText, countValue } from '@/lib/format';
import type { LocalityView } from '@/lib/types';
import { useOutcomes } from '../api/get-outcomes';
import { ScopePicker } from '@/components/scope-picker';
import { useScope } from '@/lib/scope';
import { CsvLink } from './csv-link';
import { csvHref, scopeQuery } from '../utils/insights-query';

const order = ['SENT', 'ACCEPTED', 'ATTENDING', 'COMPLETED', 'DECLINED', 'WITHDRAWN'];

/** What the network achieves: people supported, wellbeing, GP appointments, referrals by status. */
export function Outcomes({ localities }: { localities: LocalityView[] }) {
  const [scope, setScope] = useScope();
  const query = scopeQuery(scope);
  const outcomes = useOutcomes(query);
  const o = outcomes.data;
  return (
    <section>
      <h1>Outcomes</h1>
      <ScopePicker scope={scope} localities={localities} onChange={(s) => setScope(s)} />
      <p><CsvLink href={csvHref('/api/insights/outcomes', query)} what="outcomes" /></p>
      <Problem error={outcomes.error} />
      {outcomes.isPending && <Loading />}
      {o && (
        <>
          <dl className="stats big">
            <div><dt>People supported</dt><dd>{countText(o.peopleSupported)}</dd></div>
            <div><dt>Wellbeing improved</dt><dd>{o.wellbeingImprovedShare === null ? '–' : `${Math.round(o.wellbeingImprovedShare * 100)}%`}</dd></div>
            <div><dt>GP appointments per person</dt><dd>{o.gpAppointmentsChange === null ? '–' : `${o.gpAppointmentsChange > 0 ? '+' : ''}${o.gpAppointmentsChange.toFixed(1)}`}</dd></div>
            <div><dt>Services used</dt><dd>{o.servicesUsed.toLocaleString('en-GB')}</dd></div>
          </dl>
          <h2>Referrals by status</h2>
          <BarChart label="Referrals by status" bars={order.filter((s) => s in o.referralsByStatus).map((s) => ({ label: s.toLowerCase(), value: o.referralsByStatus[s] }))} />
        </>
      )}
    </section>
  );
}

/** A horizontal bar chart in SVG with every value written beside its bar. */
export function BarChart({ bars, label }: { bars: { label: string; value: number | '<5' }[]; label: string }) {
  const max = Math.max(1, ...bars.map((b) => countValue(b.value)));
  const rowHeight = 28;
  return (
    <figure className="chart">
      <svg role="img" aria-label={`${label}: ${bars.map((b) => `${b.label} ${countText(b.value)}`).join(', ')}`}
        viewBox={`0 0 600 ${bars.length * rowHeight + 8}`} width="100%" preserveAspectRatio="xMinYMin meet">
        {bars.map((bar, i) => {
          const width = (countValue(bar.value) / max) * 380;
          return (
            <g key={bar.label} transform={`translate(0 ${i * rowHeight + 4})`}>
              <text x="110" y="17" textAnchor="end" className="chart-label">{bar.label}</text>
              <rect x="120" y="2" width={Math.max(width, 2)} height="20" className={`bar bar-${i % 6}`} />
              <text x={126 + width} y="17" className="chart-value">{countText(bar.value)}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
