import type { Scope } from '@/lib/scope';

/** The place and period of an insight or network view; the places are the localities the page passes. */
export function ScopePicker({ scope, localities, onChange, period = true }: {
  scope: Scope;
  localities: readonly { code: string; name: string }[];
  onChange: (s: Partial<Scope>) => void;
  period?: boolean;
}) {
  return (
    <div className="toolbar" role="group" aria-label="Place and period">
      <label>Place{' '}
        <select value={scope.locality} onChange={(e) => onChange({ locality: e.target.value })}>
          <option value="">My place</option>
          {localities.map((l) => <option key={l.code} value={l.code}>{l.name}</option>)}
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
