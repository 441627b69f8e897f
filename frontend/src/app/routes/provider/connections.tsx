import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { Collaborators } from '@/features/connections/components/collaborators';
import { Introductions } from '@/features/connections/components/introductions';
import { firstOrganiser } from '@/features/groups/api/get-group';
import { useOrganiser } from '@/features/groups/api/get-organiser';
import { useSession } from '@/lib/session';

/** Introductions asked and answered, and suggested collaborators for one of the provider's groups (`?group=`). */
export function ConnectionsRoute() {
  const { user } = useSession();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const me = useOrganiser(user?.actsAs?.id);
  const groupId = params.get('group') ?? me.data?.groups[0]?.groupId ?? '';
  return (
    <section>
      <h1>Connections</h1>
      <Introductions />
      <Collaborators groups={me.data?.groups} groupId={groupId} onGroup={(group) => setParams({ group })}
        organiserOf={(group) => firstOrganiser(client, group)} />
    </section>
  );
}
