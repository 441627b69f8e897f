import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@/lib/api-client';
import type { NetworkSummary } from '@/lib/types';
import { networkKeys } from './keys';

/** How many of each kind of node and link the network holds (public). */
export function getNetworkSummary(): Promise<NetworkSummary> {
  return answer<NetworkSummary>()(api.GET('/api/network/summary'));
}

export function useNetworkSummary() {
  return useQuery({ queryKey: networkKeys.summary(), queryFn: getNetworkSummary });
}
