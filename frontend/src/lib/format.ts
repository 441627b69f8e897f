import type { Cost, Day, ReferralStatus, SmallCount } from './types';

const dayNames: Record<Day, string> = {
  MONDAY: 'Monday', TUESDAY: 'Tuesday', WEDNESDAY: 'Wednesday', THURSDAY: 'Thursday',
  FRIDAY: 'Friday', SATURDAY: 'Saturday', SUNDAY: 'Sunday',
};

export function dayName(day: Day): string {
  return dayNames[day];
}

export function costText(cost: Cost, note?: string | null): string {
  const base = cost === 'FREE' ? 'Free' : cost === 'REDUCED' ? 'Reduced cost' : 'Fee';
  return note ? `${base} (${note})` : base;
}

/** Where an activity with no fixed venue (by telephone, online) takes place, as a listing says it. */
export const NO_VENUE = 'No fixed venue';

/** "Full", "3 spaces left", "Drop-in (no limit)". */
export function spacesText(spacesLeft: number | null | undefined, capacity: number | null | undefined): string {
  if (spacesLeft === null || spacesLeft === undefined) {
    return capacity ? `Capacity ${capacity}` : 'Drop-in (no limit)';
  }
  if (spacesLeft <= 0) return 'Full';
  return `${spacesLeft} ${spacesLeft === 1 ? 'space' : 'spaces'} left`;
}

export const statusNames: Record<ReferralStatus, string> = {
  SENT: 'sent', ACCEPTED: 'accepted', ATTENDING: 'attending', COMPLETED: 'completed',
  DECLINED: 'declined', WITHDRAWN: 'withdrawn',
};

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function date(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** A count that may be suppressed ("<5") as text. */
export function countText(count: SmallCount | null | undefined): string {
  if (count === null || count === undefined) return '–';
  return typeof count === 'number' ? count.toLocaleString('en-GB') : 'fewer than 5';
}

/** A count as a number for drawing (a suppressed "<5" drawn as 2.5, the middle of 1–4). */
export function countValue(count: SmallCount | null | undefined): number {
  if (count === null || count === undefined) return 0;
  return typeof count === 'number' ? count : 2.5;
}
