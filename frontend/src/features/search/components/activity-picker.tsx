import { useState } from 'react';
import { Field } from '@/components/form';
import { useActivitySearch } from '../api/search-activities';

/** Finds an activity by name (two letters or more) and picks it from the matches: for referring someone on. */
export function ActivityPicker({ value, onChange, error }: { value: string; onChange: (id: string) => void; error?: string }) {
  const [query, setQuery] = useState('');
  const words = query.trim();
  const options = useActivitySearch({ q: query, size: 10 }, words.length >= 2);
  const found = words.length >= 2 ? options.data?.items : undefined;
  return (
    <>
      <Field label="Find the activity" hint="Type at least two letters">
        {(p) => <input {...p} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />}
      </Field>
      <Field label="Activity" error={error}>
        {(p) => (
          <select {...p} required value={value} onChange={(e) => onChange(e.target.value)}>
            <option value="">Choose…</option>
            {found?.map((a) => <option key={a.id} value={a.id}>{a.name} ({a.group.name})</option>)}
          </select>
        )}
      </Field>
    </>
  );
}
