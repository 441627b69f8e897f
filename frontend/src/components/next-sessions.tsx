import { sessionText, type NextSession } from '@/lib/sessions';

/** The next sessions of an activity; a cancelled or changed one stands out with the organiser's note. */
export function NextSessions({ sessions, limit }: { sessions: NextSession[]; limit?: number }) {
  const shown = limit ? sessions.slice(0, limit) : sessions;
  if (shown.length === 0) return null;
  return (
    <ul className="next-sessions" aria-label="Next sessions">
      {shown.map((s) => (
        <li key={s.date} data-testid="session" data-date={s.date} data-status={s.status}
          className={s.status === 'AS_PLANNED' ? undefined : `session-${s.status.toLowerCase()}`}>
          {s.status === 'CANCELLED' ? <del>{sessionText(s)}</del> : sessionText(s)}
          {s.status === 'CANCELLED' && <strong> Cancelled</strong>}
          {s.note && <span className="session-note">: {s.note}</span>}
        </li>
      ))}
    </ul>
  );
}
