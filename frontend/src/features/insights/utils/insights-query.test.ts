import { describe, expect, it } from 'vitest';
import { csvHref, heat, scopeQuery } from './insights-query';

describe('insight views', () => {
  it('links each view to its CSV twin with the same parameters', () => {
    expect(csvHref('/api/insights/gaps', scopeQuery({ locality: 'AMBER', from: '2026-01-01', to: '' }, { by: 'need' })))
      .toBe('/api/insights/gaps.csv?locality=AMBER&from=2026-01-01&by=need');
  });

  it('grades a gap-map cell with a word as well as a shade', () => {
    expect(heat({ gap: true, pressure: null, demand: 14 })).toEqual({ level: 4, word: 'gap' });
    expect(heat({ gap: false, pressure: null, demand: 0 })).toEqual({ level: 0, word: 'no demand' });
    expect(heat({ gap: false, pressure: 3.5, demand: 7 })).toEqual({ level: 3, word: 'high' });
    expect(heat({ gap: false, pressure: 1, demand: '<5' })).toEqual({ level: 2, word: 'medium' });
    expect(heat({ gap: false, pressure: 0.2, demand: 5 })).toEqual({ level: 1, word: 'low' });
  });
});
