import { useState } from 'react';
import { Problem } from '@/components/form';
import { useTermMappings, type TermMapping } from '../api/get-term-mappings';
import { useMapTerm, type MapTerm } from '../api/map-term';

function TermRow({ term, onMap }: { term: TermMapping; onMap: (request: MapTerm) => void }) {
  const [target, setTarget] = useState<MapTerm['target']>(term.target ?? 'CATEGORY');
  const [code, setCode] = useState(term.code ?? '');
  return (
    <tr>
      <td>{term.taxonomy}</td>
      <td>{term.termName}</td>
      <td>{term.target ? `${term.target.toLowerCase()}${term.code ? ` ${term.code}` : ''}` : <em>not mapped</em>}</td>
      <td>
        <select aria-label={`Map ${term.termName} to`} value={target} onChange={(e) => setTarget(e.target.value as MapTerm['target'])}>
          <option value="CATEGORY">category</option><option value="NEED">need</option><option value="IGNORE">nothing</option>
        </select>{' '}
        {target !== 'IGNORE' && <input aria-label={`${target.toLowerCase()} code for ${term.termName}`} value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} size={14} />}{' '}
        <button type="button" onClick={() => onMap({ key: term.key, target, code: target === 'IGNORE' ? undefined : code })}>Save</button>
      </td>
    </tr>
  );
}

/** The feed's taxonomy terms and what each stands for here; unmapped ones first. Kept for the next import. */
export function TermMappingTable({ importId }: { importId: string }) {
  const terms = useTermMappings(importId);
  const map = useMapTerm();
  const rows = [...(terms.data ?? [])].sort((a, b) => Number(!!a.target) - Number(!!b.target));
  if (rows.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="term-table-heading">
      <h2 id="term-table-heading">Taxonomy terms</h2>
      <p>Terms mapped here become categories or needs when the import is applied, and stay mapped for later imports.</p>
      <Problem error={map.error} />
      <table>
        <thead><tr><th>Taxonomy</th><th>Term</th><th>Now</th><th>Map to</th></tr></thead>
        <tbody>{rows.map((term) => <TermRow key={term.key} term={term} onMap={(request) => map.mutate(request)} />)}</tbody>
      </table>
    </section>
  );
}
