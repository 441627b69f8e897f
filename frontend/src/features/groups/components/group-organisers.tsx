import { Problem } from '@/components/form';
import type { GroupView } from '@/lib/types';
import { useRemoveOrganiser } from '../api/remove-organiser';

/**
 * Who runs a group. Someone who may change the group (its organisers, a facilitator of its place, an admin) may take
 * an organiser off it, who then no longer sees the referrals sent to it; the API has the last word on who may.
 */
export function GroupOrganisers({ group, mayRemove }: { group: GroupView; mayRemove: boolean }) {
  const remove = useRemoveOrganiser();
  if (group.organisers.length === 0) return <p>No organiser runs this group in Hedgerow yet.</p>;
  return (
    <>
      <ul>
        {group.organisers.map((o) => (
          <li key={o.id}>
            {o.name}{o.role && ` (${o.role})`}
            {mayRemove && (
              <>
                {' '}
                <button
                  type="button"
                  className="link"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(`Take ${o.name} off ${group.name}? They will no longer see the referrals sent to it.`)) {
                      remove.mutate({ group, organiserId: o.id });
                    }
                  }}
                >
                  Remove<span className="visually-hidden"> {o.name}</span>
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <Problem error={remove.error} />
    </>
  );
}
