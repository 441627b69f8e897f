import { useState, type FormEvent } from 'react';
import { Field, fieldError, Problem } from '@/components/form';
import { useStartImport } from '../api/start-import';

/**
 * Starts a dry run: a feed's base URL (its host must be on the admins' list) or an uploaded JSON file (one service,
 * a page of services or a list), into a locality of the facilitator's place.
 */
export function StartImportForm({ locality, onStarted }: { locality: string | undefined; onStarted: (id: string) => void }) {
  const start = useStartImport();
  const [from, setFrom] = useState<'url' | 'file'>('url');
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [place, setPlace] = useState(locality ?? '');
  const [file, setFile] = useState<File | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const request = from === 'url'
      ? { url: { url, locality: place, name: name || undefined } }
      : { file: { name: name || file?.name || 'feed.json', locality: place, content: file ? await file.text() : '' } };
    start.mutate(request, { onSuccess: (started) => onStarted(started.id) });
  };

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} aria-labelledby="start-import-heading">
      <h2 id="start-import-heading">Import an Open Referral UK feed</h2>
      <Problem error={start.error} fieldsShown={['url', 'content', 'locality', 'name']} />
      <fieldset>
        <legend>From</legend>
        <label><input type="radio" checked={from === 'url'} onChange={() => setFrom('url')} /> a feed URL</label>
        <label><input type="radio" checked={from === 'file'} onChange={() => setFrom('file')} /> a JSON file</label>
      </fieldset>
      {from === 'url' ? (
        <Field label="Feed URL" hint="the base address, e.g. https://directory.example.gov.uk/openreferral" error={fieldError(start.error, 'url')}>{(p) => (
          <input {...p} type="url" value={url} onChange={(e) => setUrl(e.target.value)} required />)}
        </Field>
      ) : (
        <Field label="Feed file" hint="a service, a page of services or a list, as JSON" error={fieldError(start.error, 'content')}>{(p) => (
          <input {...p} type="file" accept="application/json,.json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />)}
        </Field>
      )}
      <Field label="Source name" hint="shown on every imported listing; a file of the same name updates them" error={fieldError(start.error, 'name')}>{(p) => (
        <input {...p} value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />)}
      </Field>
      <Field label="Into locality (code)" error={fieldError(start.error, 'locality')}>{(p) => (
        <input {...p} value={place} onChange={(e) => setPlace(e.target.value)} required />)}
      </Field>
      <button type="submit" className="primary" disabled={start.isPending}>Start the dry run</button>
    </form>
  );
}
