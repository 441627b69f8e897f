/**
 * The API's shapes as the app uses them. Closed sets (roles, days, statuses…) are the contract's own types,
 * generated from frontend/openapi.json into ./api/schema.d.ts (`npm run generate-types`); so are the bodies
 * the app sends (aliased in each endpoint file).
 *
 * The answers' shapes below are still written here: the draft contract marks every field of every answer
 * optional and nullable (springdoc's default for records), which would have each page check `id` and
 * `name` for null. Each is checked against the contract where it is read (`answer<View>()` in
 * lib/api-client): a view that does not fit what the contract says the endpoint answers fails the typecheck.
 * Once the contract marks the fields it always sends as required, these become aliases of its schemas.
 */
import type { components } from './api/schema';

type Schemas = components['schemas'];

export type Role = Schemas['NewAccount']['role'];
export type Day = NonNullable<NonNullable<Schemas['NewActivity']['days']>[number]>;
export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const satisfies readonly Day[];
export type Cost = Schemas['NewActivity']['cost'];
export type Frequency = NonNullable<Schemas['NewActivity']['frequency']>;
export type ReferralStatus = Schemas['StatusRequest']['status'];
export type DeclineReason = NonNullable<Schemas['StatusRequest']['declineReason']>;
export type PostKind = NonNullable<Schemas['PostView']['kind']>;
export type Showing = NonNullable<Schemas['PostView']['status']>;
export type Kind = NonNullable<Schemas['LocalityView']['kind']>;
export type IntroductionStatus = NonNullable<Schemas['IntroductionView']['status']>;
export type AuditKind = NonNullable<Schemas['AuditEntry']['kind']>;
export type ListedStatus = NonNullable<Schemas['ActivityView']['status']>;
/** A count of people or referrals: 1–4 come as "<5" so that nobody can be singled out. */
export type SmallCount = NonNullable<Schemas['GapMapCell']['demand']>;

export interface Ref { id: string; name: string }
export interface Coded { code: string; name: string }

export interface Session {
  accountId: string;
  username: string;
  displayName: string;
  role: Role;
  actsAs: Ref | null;
  place: Ref | null;
}

export interface Page<T> { items: T[]; page: number; size: number; totalItems: number; totalPages: number }

export interface VenueRef { id: string; name: string; postcode: string; accessibility: string[] }

export interface ActivityView {
  id: string; name: string; description: string | null;
  days: Day[]; frequency: Frequency | null; weekOfMonth: number | null;
  startTime: string | null; endTime: string | null; when: string | null;
  capacity: number | null; spacesLeft: number | null;
  cost: Cost; costNote: string | null; accessibility: string | null; whatToBring: string | null; contact: string | null;
  group: Ref; venue: VenueRef; locality: Ref; categories: Ref[]; needs: Ref[];
  status: ListedStatus; updatedAt: string; stale: boolean; version: number;
}

export interface ActivityHit {
  id: string; name: string; summary: string | null; schedule: string | null; days: Day[];
  startTime: string | null; endTime: string | null; cost: Cost; costNote: string | null;
  spacesLeft: number | null; capacity: number | null;
  group: Ref; venue: VenueRef; locality: Coded; categories: Coded[]; needs: Coded[];
  distanceMetres: number | null; distanceKm: number | null; relevance: number | null; stale: boolean; updatedAt: string;
}

export interface SearchPage {
  items: ActivityHit[]; page: number; size: number; hasMore: boolean; sort: string;
  near: { latitude: number; longitude: number; postcode: string | null; place: string | null; radiusKm: number } | null;
}

export interface VenueView {
  id: string; name: string; address: string; postcode: string; latitude: number; longitude: number;
  accessibility: string[]; localityCode: string; localityName: string; status: ListedStatus; version: number;
}

export interface LocalityView {
  id: string; code: string; name: string; kind: Kind;
  withinCode: string | null; withinName: string | null; latitude: number; longitude: number; status: ListedStatus; version: number;
}

/** An organiser and the groups they run (GET /api/organisers/{id}). */
export interface OrganiserView {
  id: string; name: string; bio: string | null; groups: { groupId: string; groupName: string; role: string }[];
  status: ListedStatus; version: number;
}

/** How many of each kind of node and link the network holds (GET /api/network/summary). */
export interface NetworkSummary { nodes: Record<string, number>; relationships: Record<string, number> }

export interface GroupView {
  id: string; name: string; description: string | null; website: string | null; status: ListedStatus;
  localityCode: string; localityName: string; organisers: { id: string; name: string; role: string }[];
  activities: number; updatedAt: string; version: number;
}

export interface TermView { code: string; name: string; green: boolean; status: ListedStatus; version: number }

export interface Maker { id: string; name: string; kind: string }
export interface Consent { given: boolean; recordedBy: string; recordedAt: string }
export interface Participant { reference: string; contact: string; consent: Consent }
export interface ReferralEvent { status: ReferralStatus; at: string; by: string; note: string | null; declineReason: DeclineReason | null }

export interface ReferralSummary {
  id: string; status: ReferralStatus; createdAt: string; updatedAt: string; version: number;
  activity: Ref; group: Ref; madeBy: Maker; participantReference: string; onwardFrom: string | null;
}

export interface ReferralView {
  id: string; status: ReferralStatus; reason: string; createdAt: string; updatedAt: string; version: number;
  overrideCapacity: boolean; declineReason: DeclineReason | null; activity: Ref; group: Ref; madeBy: Maker;
  needs: string[]; participant: Participant | null; onwardFrom: string | null; events: ReferralEvent[];
}

export interface PathStep {
  position: number; visible: boolean; status: ReferralStatus; createdAt: string; updatedAt: string;
  onwardFromStep: number | null; id: string | null; activity: Ref | null; group: Ref | null; madeBy: Maker | null;
}
export interface ReferralPath { referral: string; participantReference: string | null; steps: PathStep[] }

export interface PostView {
  id: string; kind: PostKind; title: string; text: string; topics: string[]; status: Showing;
  createdAt: string; closedAt: string | null; closedNote: string | null;
  author: { name: string; role: string; organiserId: string | null };
  about: { kind: NonNullable<Schemas['PostViewAbout']['kind']>; id: string; name?: string }; locality: Coded | null; replyCount: number; version: number;
}
export interface PostThread extends PostView { replies: { id: string; text: string; createdAt: string; author: { name: string } }[] }

export interface Collaborator {
  group: { id: string; name: string }; locality: string; score: number;
  reasons: { kind: NonNullable<Schemas['CollaboratorReason']['kind']>; weight: number; sentence: string; count: number }[];
}

export interface IntroductionView {
  id: string; from: Ref; to: Ref; about: Ref | null; context: string; status: IntroductionStatus;
  requestedAt: string; answeredAt: string | null; note: string | null; version: number;
}

export interface AccountView {
  id: string; username: string; displayName: string; role: Role; enabled: boolean;
  actsAs: Ref | null; place: Ref | null; demo: boolean; createdAt: string; version: number;
}

export interface AuditEntry {
  id: string; at: string; kind: AuditKind; actor: string; actorRole: string | null;
  subjectType: string | null; subjectId: string | null; detail: string | null; address: string | null;
}


export interface GapCell {
  code: string; activities: number; weeklySessions: number; capacity: number; spacesLeft: number;
  demand: SmallCount; declinedFull: SmallCount; pressure: number | null; gap: boolean;
}
export interface GapMatrix {
  place: Coded; from: string; to: string; by: 'category' | 'need';
  columns: { code: string; name: string; green?: boolean }[];
  rows: { localityCode: string; localityName: string; cells: GapCell[] }[];
  biggestGaps: { localityCode: string; localityName: string; code: string; name: string; demand: SmallCount; activities: number; pressure: number | null; reason: string }[];
}

export interface Flows {
  nodes: { id: string; kind: 'GROUP' | 'LINK_WORKER' | 'PCN'; name: string; localityCode: string | null }[];
  edges: { from: string; to: string; count: SmallCount }[];
}

export interface Health {
  isolated: { groupId: string; name: string; localityCode: string; why: string; suggestion: string }[];
  brokers: { groupId: string; name: string; paths: SmallCount; suggestion: string }[];
  overloaded: { activityId: string; name: string; groupId: string; referrals: SmallCount; capacity: number; suggestion: string }[];
  stale: { activityId: string; name: string; groupId: string; updatedAt: string; suggestion: string }[];
  noGreen: { localityCode: string; name: string; suggestion: string }[];
}

export interface Outcomes {
  peopleSupported: SmallCount; referralsByStatus: Record<string, SmallCount>;
  wellbeingImprovedShare: number | null; gpAppointmentsChange: number | null; servicesUsed: number;
}

export type GraphNodeKind = 'GROUP' | 'VENUE' | 'ORGANISER' | 'ACTIVITY' | 'LOCALITY';
export type GraphEdgeKind = 'RUNS' | 'MEETS_AT' | 'KNOWS' | 'REFERRED' | 'PARTNERS' | 'WITHIN';
export interface NetworkGraph {
  nodes: { id: string; kind: GraphNodeKind; label: string; localityCode: string | null }[];
  edges: { from: string; to: string; kind: GraphEdgeKind; count?: number }[];
  truncated?: boolean;
}
