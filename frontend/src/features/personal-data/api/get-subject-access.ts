import { useQuery } from '@tanstack/react-query';
import { api, body } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { personalDataKeys } from './keys';

export type SubjectAccessReport = components['schemas']['SubjectAccessReport'];

/** Everything held about a participant reference (audited on the server as a subject access export). */
export function getSubjectAccess(reference: string): Promise<SubjectAccessReport> {
  return body(api.GET('/api/personal-data/subject-access', { params: { query: { reference } } }));
}

/** Asked only once an admin looks a reference up; never retried (a 404 is an answer) nor refetched by itself. */
export function useSubjectAccess(reference: string) {
  return useQuery({
    queryKey: personalDataKeys.subjectAccess(reference),
    queryFn: () => getSubjectAccess(reference),
    enabled: reference !== '',
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
