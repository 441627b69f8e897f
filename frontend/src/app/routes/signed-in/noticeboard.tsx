import { useOrganiser } from '@/features/groups/api/get-organiser';
import { Noticeboard, type AboutChoice } from '@/features/noticeboard/components/noticeboard';
import { useLocalities } from '@/features/places/api/get-localities';
import { useSession } from '@/lib/session';

/** The noticeboard for everyone signed in: a provider posts about one of their groups, others about a place. */
export function NoticeboardRoute() {
  const { user } = useSession();
  const provider = user?.role === 'PROVIDER';
  const localities = useLocalities().data ?? [];
  const me = useOrganiser(provider ? user?.actsAs?.id : undefined);
  const about: AboutChoice[] = provider
    ? (me.data?.groups ?? []).map((g) => ({ value: `GROUP:${g.groupId}`, label: g.groupName }))
    : localities.map((l) => ({ value: `LOCALITY:${l.id}`, label: l.name }));
  return <Noticeboard localities={localities} about={about} />;
}
