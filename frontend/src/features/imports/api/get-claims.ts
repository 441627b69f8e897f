import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { Claim } from './claim-listing';
import { importKeys } from './keys';

/** Claims waiting for a decision that this facilitator or admin may make. */
export function getPendingClaims(): Promise<Claim[]> {
  return answer<Claim[]>()(api.GET('/api/imports/claims', { params: { query: { status: 'PENDING' } } }));
}

export function usePendingClaims() {
  return useQuery({ queryKey: importKeys.claims(), queryFn: getPendingClaims });
}
