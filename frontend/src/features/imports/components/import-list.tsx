import { useImports } from '../api/get-imports';

/** Earlier imports, newest first; choosing one shows it. */
export function ImportList({ onChoose }: { onChoose: (id: string) => void }) {
  const imports = useImports();
  if (!imports.data?.length) return null;
  return (
    <section className="panel" aria-labelledby="import-list-heading">
      <h2 id="import-list-heading">Imports</h2>
      <ul>
        {imports.data.map((i) => (
          <li key={i.id}>
            <button type="button" className="link" onClick={() => onChoose(i.id)}>
              {i.sourceName} → {i.localityCode}
            </button>{' '}
            {i.status.toLowerCase()}, {new Date(i.startedAt).toLocaleString('en-GB')}: {i.counts.services} services
          </li>
        ))}
      </ul>
    </section>
  );
}
