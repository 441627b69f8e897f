// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Gathering } from '../api/get-gatherings';
import { GatheringCard } from './gathering-card';

const walkers = { id: 'g-walkers', name: 'Belper Walkers' };
const choir = { id: 'g-choir', name: 'Glossop Choir' };
const knitters = { id: 'g-knitters', name: 'Belper Knitters' };

const gathering = (startsAt: string, overrides: Partial<Gathering> = {}): Gathering => ({
  id: 'gat-1', title: 'Belper providers’ evening', startsAt, venue: null, place: 'The Railway, back room',
  locality: { code: 'BELPER', name: 'Belper' }, convenedBy: 'Fran', version: 3, connections: [], plans: [],
  invited: [
    { group: walkers, answer: 'YES', answeredAt: '2026-12-01T10:00:00Z', yours: true },
    { group: choir, answer: null, answeredAt: null, yours: false },
    { group: knitters, answer: 'NO', answeredAt: '2026-12-01T11:00:00Z', yours: false },
  ],
  ...overrides,
});

afterEach(cleanup);

describe('a gathering', () => {
  it('shows each invited group’s answer, and answer buttons only on the organiser’s own groups', () => {
    const onAnswer = vi.fn();
    render(<GatheringCard gathering={gathering('2026-12-20T18:00:00Z')} onAnswer={onAnswer} today={new Date('2026-12-04T12:00:00Z')} />);

    const answers = screen.getAllByTestId('invitation').map((li) => [li.dataset.group, li.dataset.answer]);
    expect(answers).toEqual([['g-walkers', 'YES'], ['g-choir', 'NONE'], ['g-knitters', 'NO']]);
    expect(screen.getByText('no answer yet')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Yes for Belper Walkers' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('button', { name: /for Glossop Choir/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Maybe for Belper Walkers' }));
    expect(onAnswer).toHaveBeenCalledWith('MAYBE', 'g-walkers');
  });

  it('lets the facilitator record what came of it only from its day, between groups that did not say no', () => {
    const record = { connect: vi.fn(() => Promise.resolve()), plan: vi.fn(() => Promise.resolve()), error: null };
    const { rerender } = render(<GatheringCard gathering={gathering('2026-12-05T09:00:00Z')} record={record} today={new Date('2026-12-04T20:00:00')} />);
    expect(screen.queryByRole('form', { name: /Record a connection/ })).toBeNull();
    expect(screen.getByText(/from the day of the gathering/)).toBeTruthy();

    rerender(<GatheringCard gathering={gathering('2026-12-04T09:00:00')} record={record} today={new Date('2026-12-04T20:00:00')} />);
    const form = screen.getByRole('form', { name: /Record a connection/ });
    const choices = within(form).getByLabelText('One group').querySelectorAll('option');
    expect([...choices].map((o) => o.textContent)).toEqual(['Choose…', 'Belper Walkers', 'Glossop Choir']);

    fireEvent.change(within(form).getByLabelText('One group'), { target: { value: 'g-walkers' } });
    fireEvent.change(within(form).getByLabelText('Met with'), { target: { value: 'g-choir' } });
    fireEvent.change(within(form).getByLabelText('What they found to do together'), { target: { value: 'Walk then sing together' } });
    fireEvent.submit(form);
    expect(record.connect).toHaveBeenCalledWith(['g-walkers', 'g-choir'], 'Walk then sing together');
  });

  it('lists the connections and plans made there', () => {
    render(<GatheringCard gathering={gathering('2026-11-20T18:00:00Z', {
      connections: [{ introductionId: 'i1', from: { id: 'o-pat', name: 'Pat' }, fromGroup: walkers, to: { id: 'o-quinn', name: 'Quinn' },
        toGroup: choir, context: 'Walk then sing', madeAt: '2026-11-20T20:00:00Z' }],
      plans: [{ postId: 'p1', title: 'Walk and sing in March', createdAt: '2026-11-21T10:00:00Z' }],
    })} />);
    expect(screen.getByText(/Pat \(Belper Walkers\) and Quinn \(Glossop Choir\)/)).toBeTruthy();
    expect(screen.getByText('Walk and sing in March')).toBeTruthy();
  });
});
