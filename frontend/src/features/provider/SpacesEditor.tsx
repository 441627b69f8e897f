import { useState, type FormEvent } from 'react';
import { Problem, fieldError } from '../../components/Form';
import { api } from '../../lib/api';
import { spacesText } from '../../lib/format';
import type { ActivityView } from '../../lib/types';

/** The quick change organisers make most: spaces left, or "full" in one click. */
export function SpacesEditor({ activity, onSaved }: { activity: ActivityView; onSaved: (a: ActivityView) => void }) {
  const [spaces, setSpaces] = useState(String(activity.spacesLeft ?? ''));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');
  const full = activity.spacesLeft !== null && activity.spacesLeft <= 0;

  async function save(spacesLeft: number) {
    setBusy(true);
    setError(undefined);
    try {
      const view = await api.put<ActivityView>(`/api/activities/${activity.id}/spaces`, { spacesLeft, version: activity.version });
      setSpaces(String(view.spacesLeft ?? ''));
      setSaved(`Saved: ${spacesText(view.spacesLeft, view.capacity)}`);
      onSaved(view);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(Number(spaces));
  }

  const id = `spaces-${activity.id}`;
  return (
    <form className="spaces" onSubmit={submit} aria-label={`Spaces left at ${activity.name}`}>
      <label htmlFor={id}>Spaces left</label>
      <input id={id} type="number" min={0} max={activity.capacity ?? undefined} value={spaces} required
        aria-invalid={fieldError(error, 'spacesLeft') ? true : undefined} onChange={(e) => setSpaces(e.target.value)} />
      <button type="submit" className="small" disabled={busy}>Save<span className="visually-hidden"> spaces for {activity.name}</span></button>
      <button type="button" className="small danger" disabled={busy || full} onClick={() => void save(0)}>
        Mark full<span className="visually-hidden">: {activity.name}</span>
      </button>
      <span role="status" className="hint">{saved}</span>
      <Problem error={error} />
    </form>
  );
}
