import { describe, expect, it } from 'vitest';
import { monthName, share, trendMark } from './relationships';

describe('relationships figures', () => {
  it('writes shares as whole percentages, and a left-out share as a dash', () => {
    expect(share(0.588)).toBe('59%');
    expect(share(0)).toBe('0%');
    expect(share(null)).toBe('–');
    expect(share(undefined)).toBe('–');
  });

  it('names months in British English', () => {
    expect(monthName('2026-04')).toBe('Apr 2026');
    expect(monthName('2025-12')).toBe('Dec 2025');
  });

  it('marks fewer direct relationships as good and more as not', () => {
    expect(trendMark({ direction: 'FEWER' })).toEqual({ arrow: '↓', word: 'fewer', good: true });
    expect(trendMark({ direction: 'MORE' })).toEqual({ arrow: '↑', word: 'more', good: false });
    expect(trendMark({ direction: null }).good).toBeNull();
  });
});
