import { Link } from 'react-router-dom';
import { Loading } from '@/components/form';
import { useNetworkSummary } from '../api/get-network-summary';
import { useRecentNetworkChanges } from '../hooks/use-network-news';

const counted: [string, string][] = [['Group', 'Groups'], ['Activity', 'Activities'], ['Venue', 'Venues'], ['Organiser', 'Organisers'], ['LinkWorker', 'Link workers']];

/** The network's size, live, with the changes that just happened. */
export function NetworkNow() {
  const summary = useNetworkSummary();
  const recent = useRecentNetworkChanges();
  return (
    <section className="panel">
      <h2>The network now</h2>
      {summary.data ? (
        <dl className="stats">
          {counted.map(([key, label]) => (
            <div key={key}><dt>{label}</dt><dd>{(summary.data.nodes[key] ?? 0).toLocaleString('en-GB')}</dd></div>
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
  );
}

const shown: [string, string][] = [
  ['Activity', 'Activities'], ['Group', 'Groups'], ['Venue', 'Venues'], ['Organiser', 'Organisers'],
  ['Locality', 'Localities'], ['LinkWorker', 'Link workers'], ['Practice', 'GP practices'], ['Pcn', 'Primary care networks'],
];

/** What the network holds, for the public home page. */
export function NetworkToday() {
  const summary = useNetworkSummary();
  return summary.data ? (
    <dl className="stats">
      {shown.map(([key, label]) => (
        <div key={key}><dt>{label}</dt><dd>{(summary.data.nodes[key] ?? 0).toLocaleString('en-GB')}</dd></div>
      ))}
    </dl>
  ) : <Loading />;
}
