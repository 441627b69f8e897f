/**
 * Who an activity is for, how people join it and its next sessions (as planned, cancelled or changed): read
 * by the activity's page and by search results alike. The shapes are the contract's (ActivityView and
 * ActivityHit carry the same four fields).
 */
import type { components } from './api/schema';

type Schemas = components['schemas'];

export type WayIn = NonNullable<Schemas['NewActivity']['wayIn']>;
export type SessionStatus = NonNullable<Schemas['Session']['status']>;

export interface SessionPlace { id: string; name: string; postcode: string | null }

export interface NextSession {
  date: string; startTime: string | null; endTime: string | null; status: SessionStatus; note: string | null;
  venue: SessionPlace | null;
  /** The version of the session's change, to take it back from; absent or null when it is as planned. */
  changeVersion?: number | null;
}

/** The fields an activity and a search result add for who it is for, how to join and when it next meets. */
export interface WhoAndWhen {
  minimumAge: number | null; maximumAge: number | null; wayIn: WayIn; nextSessions: NextSession[];
}

export const WAYS_IN = ['DROP_IN', 'BOOK_AHEAD', 'REFERRAL_NEEDED', 'SIGNPOSTING_ONLY'] as const satisfies readonly WayIn[];

export const wayInNames: Record<WayIn, string> = {
  DROP_IN: 'Drop in', BOOK_AHEAD: 'Book ahead', REFERRAL_NEEDED: 'Referral needed', SIGNPOSTING_ONLY: 'Signposting only',
};

/** What each way in means for the person, in a sentence. */
export const wayInHints: Record<WayIn, string> = {
  DROP_IN: 'Just turn up.',
  BOOK_AHEAD: 'Book a place before coming.',
  REFERRAL_NEEDED: 'Only through a referral.',
  SIGNPOSTING_ONLY: 'Takes no referrals through Hedgerow: tell the person how to join.',
};

/** "18+", "up to 17", "13–17", or "All ages". */
export function agesText(minimumAge: number | null | undefined, maximumAge: number | null | undefined): string {
  const min = minimumAge ?? null;
  const max = maximumAge ?? null;
  if (min !== null && max !== null) return `Ages ${min}–${max}`;
  if (min !== null) return `Ages ${min}+`;
  if (max !== null) return `Ages up to ${max}`;
  return 'All ages';
}

/** "Sat 6 Dec" (a session's date is a calendar date: read it as one, whatever the browser's zone). */
export function sessionDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
    weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC',
  });
}

/** A session in words: "Sat 6 Dec 10:00–11:30", then what changed. */
export function sessionText(session: NextSession): string {
  const time = session.startTime ? ` ${session.startTime}${session.endTime ? `–${session.endTime}` : ''}` : '';
  const when = `${sessionDate(session.date)}${time}`;
  if (session.status === 'CANCELLED') return `${sessionDate(session.date)}: cancelled`;
  if (session.status === 'CHANGED') return `${when}${session.venue ? ` at ${session.venue.name}` : ''} (changed)`;
  return when;
}
