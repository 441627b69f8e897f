import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, body, sent, type Filters, type QueryOf } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { insightKeys } from './keys';

export type RelationshipsQuery = Filters<QueryOf<'/api/insights/relationships'>>;
export type Relationships = components['schemas']['RelationshipMap'];
export type RelationshipMonth = components['schemas']['RelationshipMapMonth'];
export type RelationshipTrend = components['schemas']['RelationshipMapTrend'];

/**
 * The pilot's measure: how many providers each link worker refers to directly, month by month, how many people
 * providers refer on instead, and the trend of the last quarter against the one before.
 */
export function getRelationships(query: RelationshipsQuery = {}): Promise<Relationships> {
  return body(api.GET('/api/insights/relationships', { params: { query: sent(query) } }));
}

export function useRelationships(query: RelationshipsQuery = {}) {
  return useQuery({ queryKey: insightKeys.view('relationships', query), queryFn: () => getRelationships(query), placeholderData: keepPreviousData });
}
