// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { agesText, sessionDate } from '@/lib/sessions';
import { NextSessions } from './next-sessions';

afterEach(cleanup);

describe('NextSessions', () => {
  it('shows a cancelled session struck through with its note, and a changed one with where it moved', () => {
    render(<NextSessions sessions={[
      { date: '2026-12-05', startTime: '10:00', endTime: '11:30', status: 'CANCELLED', note: 'The towpath is flooded', venue: null },
      { date: '2026-12-12', startTime: '13:00', endTime: '14:30', status: 'CHANGED', note: 'At the Strutt Centre this week',
        venue: { id: 'ven-strutt-centre', name: 'Strutt Centre', postcode: 'DE56 1UU' } },
      { date: '2026-12-19', startTime: '10:00', endTime: '11:30', status: 'AS_PLANNED', note: null, venue: null },
    ]} />);
    const items = screen.getAllByTestId('session');
    expect(items[0].querySelector('del')?.textContent).toBe('Sat 5 Dec: cancelled');
    expect(items[0].textContent).toContain('The towpath is flooded');
    expect(items[1].textContent).toBe('Sat 12 Dec 13:00–14:30 at Strutt Centre (changed): At the Strutt Centre this week');
    expect(items[2].textContent).toBe('Sat 19 Dec 10:00–11:30');
    expect(items[2].getAttribute('data-status')).toBe('AS_PLANNED');
  });

  it('shows no more than the limit, and nothing for an activity by arrangement', () => {
    const session = { startTime: null, endTime: null, status: 'AS_PLANNED' as const, note: null, venue: null };
    const { container, rerender } = render(<NextSessions limit={1} sessions={[{ ...session, date: '2026-12-01' }, { ...session, date: '2026-12-08' }]} />);
    expect(screen.getAllByTestId('session')).toHaveLength(1);
    rerender(<NextSessions sessions={[]} />);
    expect(container.querySelector('ul')).toBeNull();
  });
});

describe('who an activity is for', () => {
  it('says the age range as people say it', () => {
    expect(agesText(18, null)).toBe('Ages 18+');
    expect(agesText(null, 17)).toBe('Ages up to 17');
    expect(agesText(13, 17)).toBe('Ages 13–17');
    expect(agesText(null, undefined)).toBe('All ages');
    expect(sessionDate('2026-12-06')).toBe('Sun 6 Dec');
  });
});
