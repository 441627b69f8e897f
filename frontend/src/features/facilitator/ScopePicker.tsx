import { useSearchParams } from 'react-router-dom';
import { useAsync } from '../../lib/useAsync';
import { allLocalities } from '../directory/venues';
import type { Scope } from './insightsQuery';

/** The place and period of an insight view, kept in the page address. */
export function useScope(): [Scope, (scope: Partial<Scope> & Record<string, string>) => void, URLSearchParams] {
  const [params, setParams] = useSearchParams();
  const scope = { locality: params.get('locality') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const update = (change: Partial<Scope> & Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return [scope, update, params];
}

export function ScopePicker({ scope, onChange, period = true }: { scope: Scope; onChange: (s: Partial<Scope>) => void; period?: boolean }) {
  const localities = useAsync(() => allLocalities(), []);
  return (
    <div className="toolbar" role="group" aria-label="Place and period">
      <label>Place{' '}
        <select value={scope.locality} onChange={(e) => onChange({ locality: e.target.value })}>
          <option value="">My place</option>
          {(localities.data ?? []).map((l) => <option key={l.code} value={l.code}>{l.name}</option>)}
        </select>
      </label>
      {period && (
        <>
          <label>From <input type="date" value={scope.from} onChange={(e) => onChange({ from: e.target.value })} /></label>
          <label>To <input type="date" value={scope.to} onChange={(e) => onChange({ to: e.target.value })} /></label>
        </>
      )}
    </div>
  );
}

export function CsvLink({ href, what }: { href: string; what: string }) {
  return <a className="button small" href={href} download data-testid="csv-download">⬇ Download {what} (CSV)</a>;
}
