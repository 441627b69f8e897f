import { Health } from '@/features/insights/components/health';
import { useLocalities } from '@/features/places/api/get-localities';

export function HealthRoute() {
  const localities = useLocalities();
  return <Health localities={localities.data ?? []} />;
}
