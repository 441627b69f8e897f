import { Link } from 'react-router-dom';
import { sessionDate } from '@/lib/sessions';
import { useSessionNotices, type SessionNotice } from '../hooks/use-session-news';

function noticeText(n: SessionNotice): string {
  const day = sessionDate(n.date);
  if (n.status === 'AS_PLANNED') return `${day}: on as planned again`;
  if (n.status === 'CANCELLED') return `${day}: cancelled`;
  const where = n.venueName ? ` at ${n.venueName}` : '';
  const when = n.startTime ? ` from ${n.startTime}` : '';
  return `${day}: changed${where}${when}`;
}

/**
 * Live notices of sessions cancelled or changed at activities the user has someone referred to ("no walk on
 * Friday: the towpath is flooded"), so they can let the person know before they set off.
 */
export function SessionNotices() {
  const notices = useSessionNotices();
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-labelledby="session-notices-heading" aria-live="polite">
      <h2 id="session-notices-heading">Session changes where you have referred someone</h2>
      <ul>
        {notices.map((n) => (
          <li key={`${n.activityId}@${n.date}`} data-testid="session-notice" data-activity-id={n.activityId} data-status={n.status}>
            <Link to={`/activities/${n.activityId}`}>{n.activityName}</Link> · {noticeText(n)}
            {n.note && <span className="session-note">: {n.note}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
