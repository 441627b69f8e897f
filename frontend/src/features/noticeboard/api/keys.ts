import type { Filters, QueryOf } from '@/lib/api-client';

/** Which posts the board shows: of a kind, in a place, open or closed ('' for any). */
export type PostFilters = Filters<Pick<QueryOf<'/api/posts'>, 'kind' | 'locality' | 'status'>>;

/** The noticeboard feature's query keys. */
export const postKeys = {
  all: ['posts'] as const,
  lists: () => [...postKeys.all, 'list'] as const,
  list: (filters: PostFilters) => [...postKeys.lists(), filters] as const,
  threads: () => [...postKeys.all, 'thread'] as const,
  thread: (id: string) => [...postKeys.threads(), id] as const,
};
