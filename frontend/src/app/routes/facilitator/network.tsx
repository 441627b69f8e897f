import { NetworkExplorer } from '@/features/network/components/network-explorer';
import { useLocalities } from '@/features/places/api/get-localities';
import { useCategories } from '@/features/vocabulary/api/get-categories';

export function NetworkRoute() {
  const localities = useLocalities();
  const categories = useCategories();
  return <NetworkExplorer localities={localities.data ?? []} categories={categories.data ?? []} />;
}
