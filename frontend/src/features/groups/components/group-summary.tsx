import type { GroupView } from '@/lib/types';
import { GroupOrganisers } from './group-organisers';

/** A group: where it is based, what it does and who runs it. */
export function GroupSummary({ group, mayChange = false }: { group: GroupView; mayChange?: boolean }) {
  return (
    <>
      <h1>{group.name}</h1>
      <p className="meta">Based in {group.localityName}{group.website && <> · <a href={group.website} rel="noopener noreferrer">website</a></>}</p>
      {group.description && <p className="lead">{group.description}</p>}
      <h2>Organisers</h2>
      <GroupOrganisers group={group} mayRemove={mayChange} />
    </>
  );
}
