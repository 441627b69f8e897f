import type { ReactNode } from 'react';
import { VenuesMap } from '@/features/places/components/venues-map';
import { useLocalities } from '@/features/places/api/get-localities';
import { ActivitySearch } from '@/features/search/components/activity-search';
import { useCategories } from '@/features/vocabulary/api/get-categories';
import { useNeeds } from '@/features/vocabulary/api/get-needs';
import { spacesText } from '@/lib/format';
import type { ActivityHit } from '@/lib/types';

/**
 * The search composed with what it needs from other features: the vocabulary and places for its filters,
 * and the places feature's map for its results. Used by the public directory and the link worker's home.
 */
export function DirectorySearch({ mode }: { mode: 'directory' | 'refer' }) {
  const categories = useCategories();
  const needs = useNeeds();
  const localities = useLocalities();
  const map = (hits: ActivityHit[]): ReactNode => (
    <VenuesMap localities={localities.data ?? []} label="Map of the venues of the activities found"
      stops={hits.flatMap((h) => (h.venue ? [{
        venueId: h.venue.id,
        line: `${h.name}: ${h.schedule ?? ''} (${spacesText(h.spacesLeft, h.capacity)})`,
        full: h.spacesLeft !== null && h.spacesLeft <= 0,
      }] : []))} />
  );
  return <ActivitySearch mode={mode} categories={categories.data} needs={needs.data} localities={localities.data} map={map} />;
}
