import { useState, type FormEvent } from 'react';
import { Problem, fieldError } from '@/components/form';
import { useUpdateSpaces } from '../api/update-spaces';
import { spacesText } from '@/lib/format';
import type { ActivityView } from '@/lib/types';

/** The quick change organisers make most: spaces left, or "full" in one click. */
export function SpacesEditor({ activity }: { activity: ActivityView }) {
  const [spaces, setSpaces] = useState(String(activity.spacesLeft ?? ''));
  const update = useUpdateSpaces();
  const [saved, setSaved] = useState('');
  const busy = update.isPending;
  const full = activity.spacesLeft !== null && activity.spacesLeft <= 0;

  function save(spacesLeft: number) {
    update.mutate({ activity, spacesLeft }, {
      onSuccess: (view) => {
        setSpaces(String(view.spacesLeft ?? ''));
        setSaved(`Saved: ${spacesText(view.spacesLeft, view.capacity)}`);
      },
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save(Number(spaces));
  }

  const id = `spaces-${activity.id}`;
  return (
    <form className="spaces" onSubmit={submit} aria-label={`Spaces left at ${activity.name}`}>
      <label htmlFor={id}>Spaces left</label>
      <input id={id} type="number" min={0} max={activity.capacity ?? undefined} value={spaces} required
        aria-invalid={fieldError(update.error, 'spacesLeft') ? true : undefined} onChange={(e) => setSpaces(e.target.value)} />
      <button type="submit" className="small" disabled={busy}>Save<span className="visually-hidden"> spaces for {activity.name}</span></button>
      <button type="button" className="small danger" disabled={busy || full} onClick={() => save(0)}>
        Mark full<span className="visually-hidden">: {activity.name}</span>
      </button>
      <span role="status" className="hint">{saved}</span>
      <Problem error={update.error} />
    </form>
  );
}
