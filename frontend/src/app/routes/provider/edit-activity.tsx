import { useParams } from 'react-router-dom';
import { useActivity } from '@/features/activities/api/get-activity';
import { ActivityEditor } from '@/features/activities/components/activity-edit-form';
import { useVenuesIn } from '@/features/places/api/get-venues-in';
import { useCategories } from '@/features/vocabulary/api/get-categories';
import { useNeeds } from '@/features/vocabulary/api/get-needs';

/** Editing an activity, with the kinds of activity and needs to choose from, and venues nearby for a moved session. */
export function EditActivityRoute() {
  const { id = '' } = useParams();
  const categories = useCategories();
  const needs = useNeeds();
  const vocabulary = categories.data && needs.data ? { categories: categories.data, needs: needs.data } : undefined;
  const venues = useVenuesIn(useActivity(id).data?.locality.id);
  return <ActivityEditor id={id} vocabulary={vocabulary} venues={venues.data?.items} />;
}
