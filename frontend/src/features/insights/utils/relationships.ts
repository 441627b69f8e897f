import { countText } from '@/lib/format';
import type { RelationshipMonth, RelationshipTrend } from '../api/get-relationships';

/** The figures a month of the relationships table can show, one at a time. */
export const measures = {
  directProviders: { label: 'Providers referred to directly', cell: (m: RelationshipMonth) => String(m.directProviders ?? 0) },
  reachedThroughProviders: { label: 'People reached through providers', cell: (m: RelationshipMonth) => countText(m.reachedThroughProviders ?? 0) },
  providerShare: { label: "Providers' share of referrals", cell: (m: RelationshipMonth) => share(m.providerShare) },
  referrals: { label: 'Referrals by link workers', cell: (m: RelationshipMonth) => countText(m.referrals ?? 0) },
  onwardReferrals: { label: 'Onward referrals by providers', cell: (m: RelationshipMonth) => countText(m.onwardReferrals ?? 0) },
} as const;

export type Measure = keyof typeof measures;

/** 0.588 → "59%"; a share left out (small counts behind it, or nothing to divide) → "–". */
export function share(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${Math.round(value * 100)}%`;
}

/** "2026-04" → "Apr 2026". */
export function monthName(month: string | null | undefined): string {
  if (!month) return '';
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 1, 1)).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** An arrow and a word for the trend: fewer direct relationships is what the network hopes for. */
export function trendMark(trend: Pick<RelationshipTrend, 'direction'> | null | undefined): { arrow: string; word: string; good: boolean | null } {
  switch (trend?.direction) {
    case 'FEWER': return { arrow: '↓', word: 'fewer', good: true };
    case 'MORE': return { arrow: '↑', word: 'more', good: false };
    case 'SAME': return { arrow: '→', word: 'as many', good: null };
    default: return { arrow: '', word: 'no trend yet', good: null };
  }
}
