import { queryString, type Query } from '@/lib/api-client';
import type { Scope } from '@/lib/scope';
import type { GapCell } from '@/lib/types';

export function scopeQuery<const Extra extends Query>(scope: Scope, extra?: Extra): Scope & Extra {
  return { locality: scope.locality, from: scope.from, to: scope.to, ...extra } as Scope & Extra;
}

/** The CSV twin of a JSON insight view: the same path with `.csv`, the same parameters. */
export function csvHref(path: string, query: Query): string {
  return `${path}.csv${queryString(query)}`;
}

/**
 * How hot a gap-map cell is, 0 (no demand) to 4 (demand and nothing to meet it): drawn as a shade AND
 * written as a word, so colour is never the only signal.
 */
export function heat(cell: Pick<GapCell, 'pressure' | 'gap' | 'demand'>): { level: 0 | 1 | 2 | 3 | 4; word: string } {
  if (cell.gap) return { level: 4, word: 'gap' };
  if (cell.pressure === null || cell.demand === 0) return { level: 0, word: 'no demand' };
  if (cell.pressure >= 2) return { level: 3, word: 'high' };
  if (cell.pressure >= 0.75) return { level: 2, word: 'medium' };
  return { level: 1, word: 'low' };
}
