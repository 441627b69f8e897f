import type { Filters, QueryOf } from '@/lib/api-client';
import type { LiveMessage } from '@/lib/live';
import { activityNews } from '@/lib/live-messages';
import { WAYS_IN, type WayIn } from '@/lib/sessions';
import { DAYS, type ActivityHit, type Day } from '@/lib/types';

/** Every filter of GET /api/activities/search, as the search form holds it. */
export interface SearchForm {
  q: string;
  category: string[];
  need: string[];
  locality: string;
  postcode: string;
  lat: string;
  lon: string;
  radiusKm: string;
  day: Day[];
  startsAfter: string;
  endsBefore: string;
  free: boolean;
  hasSpaces: boolean;
  /** A person's age: activities whose age range holds it. */
  age: string;
  wayIn: WayIn[];
  sort: '' | 'relevance' | 'distance' | 'name';
  page: number;
  /** Venue access needs (step-free, hearing loop…): the API has no such filter, so the app applies it to the results. */
  access: string[];
}

/** The venue access tags people ask about, in the words the form shows. */
export const accessNeeds: { code: string; name: string }[] = [
  { code: 'step-free', name: 'Step-free' },
  { code: 'accessible-toilet', name: 'Accessible toilet' },
  { code: 'changing-places', name: 'Changing Places toilet' },
  { code: 'hearing-loop', name: 'Hearing loop' },
  { code: 'dementia-friendly', name: 'Dementia friendly' },
  { code: 'quiet-space', name: 'Quiet space' },
  { code: 'parking', name: 'Parking' },
  { code: 'near-bus-stop', name: 'Near a bus stop' },
];

export const emptySearch: SearchForm = {
  q: '', category: [], need: [], locality: '', postcode: '', lat: '', lon: '', radiusKm: '', day: [],
  startsAfter: '', endsBefore: '', free: false, hasSpaces: false, age: '', wayIn: [], sort: '', page: 0, access: [],
};

const sorts = ['relevance', 'distance', 'name'] as const;

function list(params: URLSearchParams, name: string): string[] {
  return params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** The form a page address describes (so a search can be bookmarked, shared and reloaded). */
export function formFromParams(params: URLSearchParams): SearchForm {
  const sort = params.get('sort') ?? '';
  const page = Number.parseInt(params.get('page') ?? '0', 10);
  return {
    q: params.get('q') ?? '',
    category: list(params, 'category'),
    need: list(params, 'need'),
    locality: params.get('locality') ?? '',
    postcode: params.get('postcode') ?? '',
    lat: params.get('lat') ?? '',
    lon: params.get('lon') ?? '',
    radiusKm: params.get('radiusKm') ?? '',
    day: list(params, 'day').map((d) => d.toUpperCase()).filter((d): d is Day => (DAYS as readonly string[]).includes(d)),
    startsAfter: params.get('startsAfter') ?? '',
    endsBefore: params.get('endsBefore') ?? '',
    free: params.get('free') === 'true',
    hasSpaces: params.get('hasSpaces') === 'true',
    age: params.get('age') ?? '',
    wayIn: list(params, 'wayIn').map((w) => w.toUpperCase()).filter((w): w is WayIn => (WAYS_IN as readonly string[]).includes(w)),
    sort: (sorts as readonly string[]).includes(sort) ? (sort as SearchForm['sort']) : '',
    page: Number.isFinite(page) && page > 0 ? page : 0,
    access: list(params, 'access'),
  };
}

/** What GET /api/activities/search takes, '' for a filter not set. */
export type SearchQuery = Filters<QueryOf<'/api/activities/search'>>;

/** The API's query for a form: empty filters left out, a point only when both halves are given. */
export function apiQuery(form: SearchForm, size = 20): SearchQuery {
  const point = form.lat.trim() !== '' && form.lon.trim() !== '';
  const near = point || form.postcode.trim() !== '';
  return {
    q: form.q.trim(),
    category: form.category,
    need: form.need,
    locality: form.locality,
    postcode: point ? '' : form.postcode.trim(),
    lat: point ? form.lat.trim() : '',
    lon: point ? form.lon.trim() : '',
    radiusKm: near ? form.radiusKm.trim() : '',
    day: form.day,
    startsAfter: form.startsAfter,
    endsBefore: form.endsBefore,
    free: form.free,
    hasSpaces: form.hasSpaces,
    age: form.age.trim() === '' ? '' : Number(form.age.trim()),
    wayIn: form.wayIn,
    sort: form.sort,
    page: form.page > 0 ? form.page : '',
    size,
  };
}

/** The page address's parameters for a form (the same as the API's, less the page size). */
export function paramsFromForm(form: SearchForm): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(apiQuery(form))) {
    if (key === 'size' || value === '' || value === undefined || value === null || value === false) continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, String(v)));
    else params.append(key, String(value));
  }
  form.access.forEach((a) => params.append('access', a));
  return params;
}

/** The results whose venue meets every access need asked for. */
export function meetsAccess<Hit extends ActivityHit>(hits: Hit[], access: string[]): Hit[] {
  if (access.length === 0) return hits;
  return hits.filter((hit) => access.every((need) => hit.venue?.accessibility.includes(need) ?? false));
}

/** How many filters are set (for the "n filters" summary on a phone). */
export function filterCount(form: SearchForm): number {
  return [form.q, form.locality, form.postcode || (form.lat && form.lon), form.startsAfter, form.endsBefore]
    .filter(Boolean).length + form.category.length + form.need.length + form.day.length
    + form.access.length + (form.free ? 1 : 0) + (form.hasSpaces ? 1 : 0) + (form.age.trim() ? 1 : 0) + form.wayIn.length;
}

/**
 * Applies a live message to the shown results: a capacity change updates the hit in place; returns the
 * same array when nothing shown changed, so the view does not re-render for other places' news.
 */
export function applyActivityMessage(hits: ActivityHit[], message: LiveMessage): ActivityHit[] {
  const data = activityNews(message);
  if (message.type !== 'activity.capacity' || !data) return hits;
  const index = hits.findIndex((hit) => hit.id === data.activityId);
  if (index < 0) return hits;
  const next = hits.slice();
  next[index] = { ...hits[index], capacity: data.capacity ?? null, spacesLeft: data.spacesLeft ?? null };
  return next;
}

/** Whether a message means the results should be fetched again (an activity shown, or a new one, changed). */
export function shouldRefetch(hits: ActivityHit[], message: LiveMessage): boolean {
  const news = activityNews(message);
  if (!news || message.type === 'activity.capacity') return false;
  if (message.type === 'activity.added' || message.type === 'activity.restored') return true;
  return hits.some((hit) => hit.id === news.activityId);
}
