import { Link } from 'react-router-dom';
import { Loading, Problem } from '@/components/form';
import { countText, date } from '@/lib/format';
import type { ReactNode } from 'react';
import type { LocalityView } from '@/lib/types';
import { useHealth } from '../api/get-health';
import { ScopePicker } from '@/components/scope-picker';
import { useScope } from '@/lib/scope';
import { CsvLink } from './csv-link';
import { csvHref, scopeQuery } from '../utils/insights-query';

/** Isolated, broker, overloaded and stale providers, and places with no green activity; each with what to do. */
export function Health({ localities }: { localities: LocalityView[] }) {
  const [scope, setScope] = useScope();
  const query = scopeQuery(scope);
  const health = useHealth(query);
  const h = health.data;
  return (
    <section>
      <h1>Network health</h1>
      <ScopePicker scope={scope} localities={localities} onChange={(s) => setScope(s)} />
      <p><CsvLink href={csvHref('/api/insights/health', query)} what="network health" /></p>
      <Problem error={health.error} />
      {health.isPending && <Loading />}
      {h && (
        <div className="grid-2">
          <HealthList title="Isolated groups" empty="No group is isolated." items={h.isolated.map((i) => ({ key: i.groupId, head: <Link to={`/groups/${i.groupId}`}>{i.name}</Link>, body: i.why, suggestion: i.suggestion }))} />
          <HealthList title="Brokers (many paths run through them)" empty="No brokers." items={h.brokers.map((b) => ({ key: b.groupId, head: <Link to={`/groups/${b.groupId}`}>{b.name}</Link>, body: `${countText(b.paths)} paths`, suggestion: b.suggestion }))} />
          <HealthList title="Overloaded activities" empty="Nothing overloaded." items={h.overloaded.map((o) => ({ key: o.activityId, head: <Link to={`/activities/${o.activityId}`}>{o.name}</Link>, body: `${countText(o.referrals)} referrals for ${o.capacity ?? 'no set'} places`, suggestion: o.suggestion }))} />
          <HealthList title="Stale listings" empty="Every listing is current." items={h.stale.map((s) => ({ key: s.activityId, head: <Link to={`/activities/${s.activityId}`}>{s.name}</Link>, body: `last updated ${date(s.updatedAt)}`, suggestion: s.suggestion }))} />
          <HealthList title="Places with no green activity" empty="Every place has green activity." items={h.noGreen.map((n) => ({ key: n.localityCode, head: <Link to={`/search?locality=${n.localityCode}`}>{n.name}</Link>, body: '', suggestion: n.suggestion }))} />
        </div>
      )}
    </section>
  );
}

function HealthList({ title, items, empty }: { title: string; empty: string; items: { key: string; head: ReactNode; body: string; suggestion: string }[] }) {
  return (
    <section className="panel">
      <h2>{title} <small>({items.length})</small></h2>
      {items.length === 0 ? <p>{empty}</p> : (
        <ul>
          {items.map((i) => <li key={i.key}><strong>{i.head}</strong>{i.body && ` · ${i.body}`}<div className="hint">→ {i.suggestion}</div></li>)}
        </ul>
      )}
    </section>
  );
}
