import { useParams } from 'react-router-dom';
import { ActivityEditor } from '@/features/activities/components/activity-edit-form';
import { useCategories } from '@/features/vocabulary/api/get-categories';
import { useNeeds } from '@/features/vocabulary/api/get-needs';

/** Editing an activity, with the kinds of activity and needs to choose from. */
export function EditActivityRoute() {
  const { id = '' } = useParams();
  const categories = useCategories();
  const needs = useNeeds();
  const vocabulary = categories.data && needs.data ? { categories: categories.data, needs: needs.data } : undefined;
  return <ActivityEditor id={id} vocabulary={vocabulary} />;
}
