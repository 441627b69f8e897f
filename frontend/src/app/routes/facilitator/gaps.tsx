import { GapMap } from '@/features/insights/components/gap-map';
import { useLocalities } from '@/features/places/api/get-localities';

export function GapsRoute() {
  const localities = useLocalities();
  return <GapMap localities={localities.data ?? []} />;
}
