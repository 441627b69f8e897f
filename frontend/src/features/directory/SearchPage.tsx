import { ActivitySearch } from './ActivitySearch';

export function SearchPage() {
  return (
    <section>
      <h1>Find an activity</h1>
      <ActivitySearch />
    </section>
  );
}
