import { Link } from 'react-router-dom';
import { Problem } from '@/components/form';
import { countText } from '@/lib/format';
import { useGaps } from '../api/get-gaps';
import { useOutcomes } from '../api/get-outcomes';
import { useRelationships } from '../api/get-relationships';
import { share, trendMark } from '../utils/relationships';

/** The last twelve months' outcomes in the facilitator's place, at a glance. */
export function OutcomesPanel() {
  const outcomes = useOutcomes();
  return (
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
  );
}

/** The five biggest gaps in the facilitator's place, with the way into the other insight views. */
export function BiggestGapsPanel() {
  const gaps = useGaps();
  return (
    <section className="panel">
      <h2>Biggest gaps</h2>
      <Problem error={gaps.error} />
      {gaps.data && (gaps.data.biggestGaps.length === 0 ? <p>No gaps found.</p> : (
        <ol className="ranked">{gaps.data.biggestGaps.slice(0, 5).map((g) => <li key={`${g.localityCode}-${g.code}`}>{g.reason}</li>)}</ol>
      ))}
      <p><Link to="/facilitator/gaps">Open the gap map</Link> · <Link to="/facilitator/health">Network health</Link> · <Link to="/facilitator/flows">Referral flows</Link></p>
    </section>
  );
}

/**
 * The pilot's measure at a glance: are link workers keeping fewer direct relationships with providers this
 * quarter than last, because providers refer people on to each other?
 */
export function RelationshipsPanel() {
  const relationships = useRelationships();
  const trend = relationships.data?.trend;
  const mark = trendMark(trend);
  const last = trend?.lastQuarter;
  return (
    <section className="panel" data-testid="relationships-panel">
      <h2>Link workers' direct relationships</h2>
      <Problem error={relationships.error} />
      {trend && (
        <>
          <p className={mark.good === true ? 'trend-good' : mark.good === false ? 'trend-bad' : undefined}>
            {mark.arrow && <strong aria-hidden="true">{mark.arrow} </strong>}{trend.summary}
          </p>
          {last && (
            <dl className="stats">
              <div><dt>Providers per link worker</dt><dd>{last.directProvidersPerLinkWorker?.toFixed(1) ?? '–'}</dd></div>
              <div><dt>Referred on by providers</dt><dd>{share(last.providerShare)}</dd></div>
            </dl>
          )}
        </>
      )}
      <p><Link to="/facilitator/relationships">Relationships month by month</Link></p>
    </section>
  );
}
