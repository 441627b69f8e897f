import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { costText, date, NO_VENUE, spacesText } from '@/lib/format';
import { useSession } from '@/lib/session';
import { NextSessions } from '@/components/next-sessions';
import { agesText, wayInHints, wayInNames } from '@/lib/sessions';
import type { ActivityDetailsView } from '../api/get-activity';

/**
 * An activity as people look it up: spaces, cost, who it is for and how to join, when (and its next sessions,
 * with any cancelled or changed) and where, what to bring; `map` shows its venue.
 */
export function ActivityDetails({ activity: a, map }: { activity: ActivityDetailsView; map?: ReactNode }) {
  const { user } = useSession();
  const full = a.spacesLeft !== null && a.spacesLeft <= 0;
  return (
    <article>
      <p className="breadcrumb"><Link to={`/groups/${a.group.id}`}>{a.group.name}</Link></p>
      <h1>{a.name}</h1>
      <p className="badges">
        <span className={`badge ${full ? 'badge-full' : 'badge-open'}`} data-testid="spaces">{full ? '✕ ' : '✓ '}{spacesText(a.spacesLeft, a.capacity)}</span>
        <span className="badge">{costText(a.cost, a.costNote)}</span>
        <span className="badge" data-testid="way-in">{wayInNames[a.wayIn]}</span>
        <span className="badge">{agesText(a.minimumAge, a.maximumAge)}</span>
        {a.status === 'ARCHIVED' && <span className="badge badge-warn">Archived</span>}
        {a.stale && <span className="badge badge-warn">⚠ not checked since {date(a.updatedAt)}</span>}
      </p>
      {a.description && <p className="lead">{a.description}</p>}
      <dl className="facts">
        <dt>When</dt><dd>{a.when ?? 'Ask the organiser'}</dd>
        {a.nextSessions.length > 0 && <><dt>Next sessions</dt><dd><NextSessions sessions={a.nextSessions} /></dd></>}
        <dt>How to join</dt><dd>{wayInNames[a.wayIn]}: {wayInHints[a.wayIn]}</dd>
        <dt>Who for</dt><dd>{agesText(a.minimumAge, a.maximumAge)}</dd>
        <dt>Where</dt><dd>{a.venue ? <><Link to={`/venues/${a.venue.id}`}>{a.venue.name}</Link>{a.venue.postcode && `, ${a.venue.postcode}`}</> : NO_VENUE} ({a.locality.name})</dd>
        {a.venue && a.venue.accessibility.length > 0 && <><dt>Venue access</dt><dd>{a.venue.accessibility.join(', ')}</dd></>}
        {a.accessibility && <><dt>Accessibility</dt><dd>{a.accessibility}</dd></>}
        {a.whatToBring && <><dt>What to bring</dt><dd>{a.whatToBring}</dd></>}
        {a.contact && <><dt>Contact</dt><dd>{a.contact}</dd></>}
        <dt>Kinds</dt><dd>{a.categories.map((c) => c.name).join(', ')}</dd>
        <dt>Helps with</dt><dd>{a.needs.map((n) => n.name).join(', ')}</dd>
        <dt>Last updated</dt><dd>{date(a.updatedAt)}</dd>
      </dl>
      <p className="actions">
        {user?.role === 'LINK_WORKER' && a.wayIn !== 'SIGNPOSTING_ONLY' && <Link className="button primary" to={`/link-worker/refer/${a.id}`}>Refer someone</Link>}
        {(user?.role === 'PROVIDER' || user?.role === 'FACILITATOR' || user?.role === 'ADMIN') &&
          <Link className="button" to={`/provider/activities/${a.id}`}>Edit</Link>}
      </p>
      {map}
    </article>
  );
}
