import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, api, sent } from '@/lib/api-client';
import type { NetworkGraph } from '@/lib/types';
import { networkKeys, type GraphFilters } from './keys';

/** A node of the map with its measures: how much of a broker it is (0–1) and which community it belongs to. */
export type MeasuredNode = NetworkGraph['nodes'][number];

/** A cluster of the map: its number, how many nodes it has and the localities most of them sit in. */
export type Community = NetworkGraph['communities'][number];

/** The network map as answered: the graph, measured, with its communities; in focus mode the node it centres on. */
export type NetworkMap = NetworkGraph;

export function getNetworkGraph(filters: GraphFilters): Promise<NetworkMap> {
  return answer<NetworkMap>()(api.GET('/api/network/graph', { params: { query: sent(filters) } }));
}

export function useNetworkGraph(filters: GraphFilters) {
  return useQuery({ queryKey: networkKeys.graph(filters), queryFn: () => getNetworkGraph(filters), placeholderData: keepPreviousData });
}
