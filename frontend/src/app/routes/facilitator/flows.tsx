import { Flows } from '@/features/insights/components/flows';
import { useLocalities } from '@/features/places/api/get-localities';

export function FlowsRoute() {
  const localities = useLocalities();
  return <Flows localities={localities.data ?? []} />;
}
