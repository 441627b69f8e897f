import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { CheckList } from '@/components/check-list';
import { Field, Problem, fieldError } from '@/components/form';
import { costText, dayName, NO_VENUE, spacesText } from '@/lib/format';
import { countyTopics } from '@/lib/live';
import { DAYS, type ActivityHit, type Day, type LocalityView, type TermView } from '@/lib/types';
import { NextSessions } from '@/components/next-sessions';
import { WAYS_IN, agesText, wayInNames, type WayIn } from '@/lib/sessions';
import { useActivitySearch, type FoundActivity } from '../api/search-activities';
import { useSearchNews } from '../hooks/use-search-news';
import { accessNeeds, apiQuery, meetsAccess, emptySearch, filterCount, formFromParams, paramsFromForm, type SearchForm } from '../utils/search-query';

/**
 * The directory search with every filter of the search API, results as a list and on a map, kept
 * current live. In "refer" mode (link workers) each result offers "Refer someone".
 */
export function ActivitySearch({ mode = 'directory', categories = [], needs = [], localities = [], map }: {
  mode?: 'directory' | 'refer';
  categories?: TermView[];
  needs?: TermView[];
  localities?: LocalityView[];
  /** The results on a map (the page composes it from the places feature). */
  map: (hits: ActivityHit[]) => ReactNode;
}) {
  const [params, setParams] = useSearchParams();
  const form = useMemo(() => formFromParams(params), [params]);
  const [draft, setDraft] = useState<SearchForm>(form);
  const [view, setView] = useState<'list' | 'map'>('list');
  // On a phone the filters start folded away, so the results are on the first screen.
  const [wide] = useState(() => typeof window === 'undefined' || window.matchMedia('(min-width: 761px)').matches);
  useEffect(() => setDraft(form), [form]);

  const results = useActivitySearch(apiQuery(form));
  const allHits = results.data?.items ?? [];
  const hits = meetsAccess(allHits, form.access);
  // Spaces change in place; a changed or new activity fetches the search again (the topics of the top
  // localities hear everything in the county).
  useSearchNews(countyTopics(localities));
  const loading = results.isFetching;

  function submit(event: FormEvent) {
    event.preventDefault();
    setParams(paramsFromForm({ ...draft, page: 0 }));
  }

  function set<K extends keyof SearchForm>(key: K, value: SearchForm[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  const error = results.error;

  return (
    <div className="search-layout">
      <form className="filters" onSubmit={submit} role="search" aria-label="Search activities">
        <Field label="What are you looking for?" error={fieldError(error, 'q')} hint="Words, e.g. walk, choir, garden">
          {(p) => <input {...p} type="search" name="q" value={draft.q} onChange={(e) => set('q', e.target.value)} />}
        </Field>
        <details className="more-filters" open={wide}>
        <summary>Filters{filterCount(form) > 0 ? ` (${filterCount(form)} set)` : ''}</summary>
        <Field label="Place" error={fieldError(error, 'locality')}>
          {(p) => (
            <select {...p} name="locality" value={draft.locality} onChange={(e) => set('locality', e.target.value)}>
              <option value="">Anywhere</option>
              {localities.map((l) => (
                <option key={l.code} value={l.code}>{l.name}{l.kind !== 'LOCALITY' ? ` (all of ${l.kind === 'ICS' ? 'the county' : 'it'})` : ''}</option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="near">
          <legend>Near</legend>
          <Field label="Postcode or district" error={fieldError(error, 'postcode')} hint="e.g. DE56 1AB or DE56">
            {(p) => <input {...p} name="postcode" value={draft.postcode} onChange={(e) => set('postcode', e.target.value)} autoComplete="postal-code" />}
          </Field>
          <div className="row">
            <Field label="Latitude" error={fieldError(error, 'lat')}>
              {(p) => <input {...p} name="lat" inputMode="decimal" value={draft.lat} onChange={(e) => set('lat', e.target.value)} />}
            </Field>
            <Field label="Longitude" error={fieldError(error, 'lon')}>
              {(p) => <input {...p} name="lon" inputMode="decimal" value={draft.lon} onChange={(e) => set('lon', e.target.value)} />}
            </Field>
          </div>
          <button type="button" className="small" onClick={() => fillMyLocation(setDraft)}>Use my location</button>
          <Field label="Within (km)" error={fieldError(error, 'radiusKm')} hint="1–50, default 5">
            {(p) => <input {...p} name="radiusKm" type="number" min={1} max={50} step="any" value={draft.radiusKm} onChange={(e) => set('radiusKm', e.target.value)} />}
          </Field>
        </fieldset>
        <CheckList legend="Days" name="day" options={DAYS.map((d) => ({ code: d, name: dayName(d) }))} selected={draft.day}
          onChange={(v) => set('day', v as Day[])} error={fieldError(error, 'day')} />
        <div className="row">
          <Field label="Starts after" error={fieldError(error, 'startsAfter')}>
            {(p) => <input {...p} type="time" name="startsAfter" value={draft.startsAfter} onChange={(e) => set('startsAfter', e.target.value)} />}
          </Field>
          <Field label="Ends before" error={fieldError(error, 'endsBefore')}>
            {(p) => <input {...p} type="time" name="endsBefore" value={draft.endsBefore} onChange={(e) => set('endsBefore', e.target.value)} />}
          </Field>
        </div>
        <Field label="For someone aged" error={fieldError(error, 'age')} hint="Activities whose age range includes it">
          {(p) => <input {...p} type="number" name="age" min={0} max={120} value={draft.age} onChange={(e) => set('age', e.target.value)} />}
        </Field>
        <CheckList legend="How people join" name="wayIn" options={WAYS_IN.map((w) => ({ code: w, name: wayInNames[w] }))}
          selected={draft.wayIn} onChange={(v) => set('wayIn', v as WayIn[])} error={fieldError(error, 'wayIn')} collapsed />
        <CheckList legend="Kinds of activity" name="category" options={categories} selected={draft.category}
          onChange={(v) => set('category', v)} error={fieldError(error, 'category')} collapsed />
        <CheckList legend="Helps with" name="need" options={needs} selected={draft.need}
          onChange={(v) => set('need', v)} error={fieldError(error, 'need')} collapsed />
        <CheckList legend="Venue access" name="access" options={accessNeeds} selected={draft.access}
          onChange={(v) => set('access', v)} collapsed />
        <div className="checks">
          <label><input type="checkbox" name="free" checked={draft.free} onChange={(e) => set('free', e.target.checked)} /> Free only</label>
          <label><input type="checkbox" name="hasSpaces" checked={draft.hasSpaces} onChange={(e) => set('hasSpaces', e.target.checked)} /> Has spaces</label>
        </div>
        <Field label="Order" error={fieldError(error, 'sort')}>
          {(p) => (
            <select {...p} name="sort" value={draft.sort} onChange={(e) => set('sort', e.target.value as SearchForm['sort'])}>
              <option value="">Best for the search</option>
              <option value="relevance">Best match</option>
              <option value="distance">Nearest</option>
              <option value="name">Name</option>
            </select>
          )}
        </Field>
        </details>
        <div className="actions">
          <button type="submit" className="primary">Search</button>
          <button type="button" onClick={() => { setDraft(emptySearch); setParams(new URLSearchParams()); }}>Clear</button>
        </div>
      </form>

      <section className="results" aria-labelledby="results-heading">
        <div className="results-head">
          <h2 id="results-heading">
            {loading ? 'Searching…' : `${hits.length}${results.data?.hasMore ? '+' : ''} ${hits.length === 1 ? 'activity' : 'activities'}`}
            {filterCount(form) > 0 && <small> · {filterCount(form)} {filterCount(form) === 1 ? 'filter' : 'filters'}</small>}
          </h2>
          <div className="toggle" role="group" aria-label="Show results as">
            <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>List</button>
            <button type="button" aria-pressed={view === 'map'} onClick={() => setView('map')}>Map</button>
          </div>
        </div>
        {form.access.length > 0 && allHits.length > hits.length && (
          <p className="hint">{allHits.length - hits.length} more on this page meet the other filters but not the venue access asked for.</p>
        )}
        {results.data?.near && (
          <p className="hint">Within {results.data.near.radiusKm} km of {results.data.near.postcode ?? results.data.near.place ?? `${results.data.near.latitude}, ${results.data.near.longitude}`}</p>
        )}
        <Problem error={error} fieldsShown={Object.keys(emptySearch)} />
        {view === 'map' ? map(hits) : (
          <ol className="cards" aria-busy={loading}>
            {hits.map((hit) => <HitCard key={hit.id} hit={hit} mode={mode} />)}
          </ol>
        )}
        {!loading && hits.length === 0 && !error && <p>No activities match. Try fewer filters or a wider distance.</p>}
        <div className="pager">
          {form.page > 0 && <button type="button" onClick={() => setParams(paramsFromForm({ ...form, page: form.page - 1 }))}>Previous page</button>}
          {results.data?.hasMore && <button type="button" onClick={() => setParams(paramsFromForm({ ...form, page: form.page + 1 }))}>Next page</button>}
        </div>
      </section>
    </div>
  );
}

function fillMyLocation(setDraft: (update: (f: SearchForm) => SearchForm) => void) {
  navigator.geolocation?.getCurrentPosition((position) => setDraft((f) => ({
    ...f, lat: position.coords.latitude.toFixed(5), lon: position.coords.longitude.toFixed(5), postcode: '',
  })));
}

export function HitCard({ hit, mode }: { hit: FoundActivity; mode: 'directory' | 'refer' }) {
  const full = hit.spacesLeft !== null && hit.spacesLeft <= 0;
  return (
    <li className="card" data-testid="activity-hit" data-activity-id={hit.id}>
      <h3><Link to={`/activities/${hit.id}`}>{hit.name}</Link></h3>
      <p className="meta">
        <Link to={`/groups/${hit.group.id}`}>{hit.group.name}</Link> · {hit.venue ? <Link to={`/venues/${hit.venue.id}`}>{hit.venue.name}</Link> : NO_VENUE}{hit.locality && `, ${hit.locality.name}`}
        {hit.distanceKm !== null && <> · {hit.distanceKm.toFixed(1)} km away</>}
      </p>
      <p>{hit.schedule}</p>
      <p className="badges">
        <span className={`badge ${full ? 'badge-full' : 'badge-open'}`} data-testid="spaces">{full ? '✕ ' : '✓ '}{spacesText(hit.spacesLeft, hit.capacity)}</span>
        <span className="badge">{costText(hit.cost, hit.costNote)}</span>
        <span className="badge" data-testid="way-in">{wayInNames[hit.wayIn]}</span>
        {(hit.minimumAge !== null || hit.maximumAge !== null) && <span className="badge">{agesText(hit.minimumAge, hit.maximumAge)}</span>}
        {hit.stale && <span className="badge badge-warn">⚠ not checked for 6 months</span>}
        {hit.categories.map((c) => <span className="badge badge-soft" key={c.code}>{c.name}</span>)}
      </p>
      <NextSessions sessions={hit.nextSessions} />
      {hit.summary && <p className="summary">{hit.summary}</p>}
      {hit.needs.length > 0 && <p className="hint">Helps with: {hit.needs.map((n) => n.name).join(', ')}</p>}
      {mode === 'refer' && hit.wayIn === 'SIGNPOSTING_ONLY' && <p className="hint">Signposting only: tell the person how to join.</p>}
      {mode === 'refer' && hit.wayIn !== 'SIGNPOSTING_ONLY' && (
        <p><Link className="button primary small" to={`/link-worker/refer/${hit.id}`}>Refer someone<span className="visually-hidden"> to {hit.name}</span></Link></p>
      )}
    </li>
  );
}
