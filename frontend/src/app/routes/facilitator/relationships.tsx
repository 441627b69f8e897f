import { RelationshipsView } from '@/features/insights/components/relationships';
import { useLocalities } from '@/features/places/api/get-localities';

export function RelationshipsRoute() {
  const localities = useLocalities();
  return <RelationshipsView localities={localities.data ?? []} />;
}
