import { describe, expect, it } from 'vitest';
import type { ActivityHit } from '@/lib/types';
import { apiQuery, applyActivityMessage, emptySearch, filterCount, formFromParams, meetsAccess, paramsFromForm, shouldRefetch } from './search-query';

const hit = (id: string, spacesLeft: number | null = 5): ActivityHit => ({
  id, name: id, summary: null, schedule: 'Every Tuesday', days: [], startTime: null, endTime: null, cost: 'FREE', costNote: null,
  spacesLeft, capacity: 10, group: { id: 'g', name: 'G' }, venue: { id: 'v', name: 'V', postcode: 'DE1', accessibility: [] },
  locality: { code: 'DERBY', name: 'Derby' }, categories: [], needs: [], distanceMetres: null, distanceKm: null, relevance: null,
  stale: false, updatedAt: '2026-11-01T00:00:00Z', minimumAge: null, maximumAge: null, wayIn: 'DROP_IN', nextSessions: [],
});
const msg = (type: string, data: Record<string, unknown>) => ({ seq: 1, at: '2026-11-21T10:00:00Z', type, data });

describe('search form and page address', () => {
  it('reads every filter from the address, repeated or comma-separated', () => {
    const form = formFromParams(new URLSearchParams('q=walk&category=WALKING,NATURE&need=LONELINESS&day=monday&day=FRIDAY&locality=AMBER&postcode=DE56&radiusKm=3&startsAfter=09:00&endsBefore=13:00&free=true&hasSpaces=true&age=67&wayIn=drop_in,BOOK_AHEAD&wayIn=WALK_IN&sort=distance&page=2'));
    expect(form).toEqual({
      q: 'walk', category: ['WALKING', 'NATURE'], need: ['LONELINESS'], locality: 'AMBER', postcode: 'DE56', lat: '', lon: '',
      radiusKm: '3', day: ['MONDAY', 'FRIDAY'], startsAfter: '09:00', endsBefore: '13:00', free: true, hasSpaces: true,
      age: '67', wayIn: ['DROP_IN', 'BOOK_AHEAD'], sort: 'distance', page: 2, access: [],
    });
    expect(apiQuery(form)).toMatchObject({ age: 67, wayIn: ['DROP_IN', 'BOOK_AHEAD'] });
    expect(filterCount(form)).toBeGreaterThanOrEqual(3);
  });

  it('drops days and sorts it does not know, and negative pages', () => {
    const form = formFromParams(new URLSearchParams('day=FUNDAY&sort=random&page=-3'));
    expect(form.day).toEqual([]);
    expect(form.sort).toBe('');
    expect(form.page).toBe(0);
  });

  it('writes back the same address it read', () => {
    const text = 'q=walk&category=WALKING&category=NATURE&locality=AMBER&postcode=DE56&radiusKm=3&day=MONDAY&free=true&sort=distance&page=1&access=step-free';
    expect(paramsFromForm(formFromParams(new URLSearchParams(text))).toString()).toBe(text);
  });

  it('sends a point only when both halves are given, and then not the postcode', () => {
    expect(apiQuery({ ...emptySearch, lat: '53.02', lon: '', postcode: 'DE56' })).toMatchObject({ lat: '', lon: '', postcode: 'DE56' });
    expect(apiQuery({ ...emptySearch, lat: '53.02', lon: '-1.48', postcode: 'DE56', radiusKm: '2' }))
      .toMatchObject({ lat: '53.02', lon: '-1.48', postcode: '', radiusKm: '2' });
  });

  it('sends a distance only with somewhere to measure it from', () => {
    expect(apiQuery({ ...emptySearch, radiusKm: '4' }).radiusKm).toBe('');
  });

  it('keeps venue access out of the API query but in the address', () => {
    const form = { ...emptySearch, access: ['step-free', 'hearing-loop'] };
    expect(apiQuery(form)).not.toHaveProperty('access');
    expect(paramsFromForm(form).getAll('access')).toEqual(['step-free', 'hearing-loop']);
  });

  it('keeps only results whose venue meets every access need', () => {
    const venue = { id: 'v', name: 'V', postcode: 'DE1' };
    const ramp = { ...hit('a1'), venue: { ...venue, accessibility: ['step-free', 'hearing-loop'] } };
    const steps = { ...hit('a2'), venue: { ...venue, accessibility: ['parking'] } };
    const byPhone = { ...hit('a3'), venue: null };
    expect(meetsAccess([ramp, steps, byPhone], ['step-free']).map((h) => h.id)).toEqual(['a1']);
    expect(meetsAccess([ramp, steps, byPhone], ['step-free', 'parking'])).toEqual([]);
    expect(meetsAccess([ramp, steps, byPhone], [])).toHaveLength(3);
  });

  it('counts the filters set', () => {
    expect(filterCount(emptySearch)).toBe(0);
    expect(filterCount({ ...emptySearch, q: 'x', day: ['MONDAY', 'TUESDAY'], free: true, postcode: 'DE1' })).toBe(5);
  });
});

describe('live messages on search results', () => {
  it('updates the spaces of a shown activity in place', () => {
    const hits = [hit('a1', 12), hit('a2', 3)];
    const next = applyActivityMessage(hits, msg('activity.capacity', { activityId: 'a1', capacity: 20, spacesLeft: 0 }));
    expect(next[0].spacesLeft).toBe(0);
    expect(next[0].capacity).toBe(20);
    expect(next[1]).toBe(hits[1]);
    expect(hits[0].spacesLeft).toBe(12);
  });

  it('leaves the results alone for activities not shown and other kinds of message', () => {
    const hits = [hit('a1')];
    expect(applyActivityMessage(hits, msg('activity.capacity', { activityId: 'zz', spacesLeft: 0 }))).toBe(hits);
    expect(applyActivityMessage(hits, msg('post.published', { postId: 'p' }))).toBe(hits);
  });

  it('refetches when a shown activity changes or a new one may match, not for capacity or others', () => {
    const hits = [hit('a1')];
    expect(shouldRefetch(hits, msg('activity.changed', { activityId: 'a1' }))).toBe(true);
    expect(shouldRefetch(hits, msg('activity.archived', { activityId: 'a1' }))).toBe(true);
    expect(shouldRefetch(hits, msg('activity.added', { activityId: 'new' }))).toBe(true);
    expect(shouldRefetch(hits, msg('activity.changed', { activityId: 'other' }))).toBe(false);
    expect(shouldRefetch(hits, msg('activity.capacity', { activityId: 'a1' }))).toBe(false);
    expect(shouldRefetch(hits, msg('post.published', {}))).toBe(false);
  });
});
