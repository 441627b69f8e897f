import { Outcomes } from '@/features/insights/components/outcomes';
import { useLocalities } from '@/features/places/api/get-localities';

export function OutcomesRoute() {
  const localities = useLocalities();
  return <Outcomes localities={localities.data ?? []} />;
}
