import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, api, sent } from '@/lib/api-client';
import type { NetworkGraph } from '@/lib/types';
import { networkKeys, type GraphFilters } from './keys';

export function getNetworkGraph(filters: GraphFilters): Promise<NetworkGraph> {
  return answer<NetworkGraph>()(api.GET('/api/network/graph', { params: { query: sent(filters) } }));
}

export function useNetworkGraph(filters: GraphFilters) {
  return useQuery({ queryKey: networkKeys.graph(filters), queryFn: () => getNetworkGraph(filters), placeholderData: keepPreviousData });
}
