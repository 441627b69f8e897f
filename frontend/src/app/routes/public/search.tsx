import { DirectorySearch } from './directory-search';

export function SearchRoute() {
  return (
    <section>
      <h1>Find an activity</h1>
      <DirectorySearch mode="directory" />
    </section>
  );
}
