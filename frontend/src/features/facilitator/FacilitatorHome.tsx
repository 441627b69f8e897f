import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Loading, Problem } from '../../components/Form';
import { api } from '../../lib/api';
import { countText } from '../../lib/format';
import { useSession } from '../../lib/session';
import type { GapMatrix, NetworkSummary, Outcomes } from '../../lib/types';
import { useAsync } from '../../lib/useAsync';
import { networkChange, type NetworkChange } from '../../lib/liveMessages';
import { useLive } from '../../lib/useLive';

/** The facilitator's start: the network's size (live), outcomes, and the biggest gaps. */
export function FacilitatorHome() {
  const { user } = useSession();
  const summary = useAsync(() => api.get<NetworkSummary>('/api/network/summary'), []);
  const outcomes = useAsync(() => api.get<Outcomes>('/api/insights/outcomes'), []);
  const gaps = useAsync(() => api.get<GapMatrix>('/api/insights/gaps'), []);
  const [recent, setRecent] = useState<NetworkChange[]>([]);
  useLive('/topic/network', (message) => {
    const change = networkChange(message);
    if (change) setRecent((list) => [change, ...list].slice(0, 8));
    void summary.reload();
  });
  return (
    <section>
      <h1>{user?.place?.name ?? 'The network'}</h1>
      <div className="grid-2">
        <section className="panel">
          <h2>The network now</h2>
          {summary.data ? (
            <dl className="stats">
              {['Group', 'Activity', 'Venue', 'Organiser', 'LinkWorker'].map((k) => (
                <div key={k}><dt>{k === 'LinkWorker' ? 'Link workers' : `${k === 'Activity' ? 'Activitie' : k}s`}</dt><dd>{(summary.data!.nodes[k] ?? 0).toLocaleString('en-GB')}</dd></div>
              ))}
            </dl>
          ) : <Loading />}
          {recent.length > 0 && (
            <>
              <h3>Just now</h3>
              <ul className="compact-list" aria-live="polite">{recent.map((c, i) => <li key={i}>{c.what} {c.change}{c.localityCode && ` in ${c.localityCode}`}</li>)}</ul>
            </>
          )}
          <p><Link to="/facilitator/network">See the network as a graph</Link></p>
        </section>
        <section className="panel">
          <h2>Outcomes, last 12 months</h2>
          <Problem error={outcomes.error} />
          {outcomes.data && (
            <dl className="stats">
              <div><dt>People supported</dt><dd>{countText(outcomes.data.peopleSupported)}</dd></div>
              <div><dt>Wellbeing improved</dt><dd>{outcomes.data.wellbeingImprovedShare === null ? '–' : `${Math.round(outcomes.data.wellbeingImprovedShare * 100)}%`}</dd></div>
              <div><dt>GP appointments</dt><dd>{outcomes.data.gpAppointmentsChange?.toFixed(1) ?? '–'}</dd></div>
            </dl>
          )}
          <p><Link to="/facilitator/outcomes">Outcomes in detail</Link></p>
        </section>
      </div>
      <section className="panel">
        <h2>Biggest gaps</h2>
        <Problem error={gaps.error} />
        {gaps.data && (gaps.data.biggestGaps.length === 0 ? <p>No gaps found.</p> : (
          <ol className="ranked">{gaps.data.biggestGaps.slice(0, 5).map((g) => <li key={`${g.localityCode}-${g.code}`}>{g.reason}</li>)}</ol>
        ))}
        <p><Link to="/facilitator/gaps">Open the gap map</Link> · <Link to="/facilitator/health">Network health</Link> · <Link to="/facilitator/flows">Referral flows</Link></p>
      </section>
    </section>
  );
}
