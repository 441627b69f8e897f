/** Shapes of the Hedgerow API's answers, as the app uses them. */

export type Role = 'PROVIDER' | 'LINK_WORKER' | 'FACILITATOR' | 'ADMIN';
export type Day = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';
export const DAYS: Day[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
export type Cost = 'FREE' | 'REDUCED' | 'FEE';
export type ReferralStatus = 'SENT' | 'ACCEPTED' | 'ATTENDING' | 'COMPLETED' | 'DECLINED' | 'WITHDRAWN';
export type DeclineReason = 'FULL' | 'NOT_SUITABLE' | 'NO_CONTACT' | 'OTHER';

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
  days: Day[]; frequency: 'WEEKLY' | 'FORTNIGHTLY' | 'MONTHLY' | null; weekOfMonth: number | null;
  startTime: string | null; endTime: string | null; when: string | null;
  capacity: number | null; spacesLeft: number | null;
  cost: Cost; costNote: string | null; accessibility: string | null; whatToBring: string | null; contact: string | null;
  group: Ref; venue: VenueRef; locality: Ref; categories: Ref[]; needs: Ref[];
  status: 'ACTIVE' | 'ARCHIVED'; updatedAt: string; stale: boolean; version: number;
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
  accessibility: string[]; localityCode: string; localityName: string; status: string; version: number;
}

export interface LocalityView {
  id: string; code: string; name: string; kind: 'LOCALITY' | 'PLACE' | 'ICS';
  withinCode: string | null; withinName: string | null; latitude: number; longitude: number; status: string; version: number;
}

/** An organiser and the groups they run (GET /api/organisers/{id}). */
export interface OrganiserView {
  id: string; name: string; bio: string | null; groups: { groupId: string; groupName: string; role: string }[];
  status: string; version: number;
}

/** How many of each kind of node and link the network holds (GET /api/network/summary). */
export interface NetworkSummary { nodes: Record<string, number>; relationships: Record<string, number> }

export interface GroupView {
  id: string; name: string; description: string | null; website: string | null; status: string;
  localityCode: string; localityName: string; organisers: { id: string; name: string; role: string }[];
  activities: number; updatedAt: string; version: number;
}

export interface TermView { code: string; name: string; green: boolean; status: string; version: number }

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
  overrideCapacity: boolean | null; declineReason: DeclineReason | null; activity: Ref; group: Ref; madeBy: Maker;
  needs: string[]; participant: Participant | null; onwardFrom: string | null; events: ReferralEvent[];
}

export interface PathStep {
  position: number; visible: boolean; status: ReferralStatus; createdAt: string; updatedAt: string;
  onwardFromStep: number | null; id: string | null; activity: Ref | null; group: Ref | null; madeBy: Maker | null;
}
export interface ReferralPath { referral: string; participantReference: string | null; steps: PathStep[] }

export type PostKind = 'OFFER' | 'ASK' | 'NEWS';
export interface PostView {
  id: string; kind: PostKind; title: string; text: string; topics: string[]; status: 'OPEN' | 'CLOSED';
  createdAt: string; closedAt: string | null; closedNote: string | null;
  author: { name: string; role: string; organiserId: string | null };
  about: { kind: string; id: string; name?: string }; locality: Coded | null; replyCount: number; version: number;
}
export interface PostThread extends PostView { replies: { id: string; text: string; createdAt: string; author: { name: string } }[] }

export interface Collaborator {
  group: { id: string; name: string }; locality: string; score: number;
  reasons: { kind: string; weight: number; sentence: string; count: number | null }[];
}

export interface IntroductionView {
  id: string; from: Ref; to: Ref; about: Ref | null; context: string; status: 'REQUESTED' | 'ACCEPTED' | 'DECLINED';
  requestedAt: string; answeredAt: string | null; note: string | null; version: number;
}

export interface AccountView {
  id: string; username: string; displayName: string; role: Role; enabled: boolean;
  actsAs: Ref | null; place: Ref | null; demo: boolean; createdAt: string; version: number;
}

export interface AuditEntry {
  id: string; at: string; kind: string; actor: string; actorRole: string | null;
  subjectType: string | null; subjectId: string | null; detail: string | null; address: string | null;
}

/** A count of people or referrals: 1–4 come as "<5" so that nobody can be singled out. */
export type SmallCount = number | '<5';

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
  brokers: { groupId: string; name: string; paths: number; suggestion: string }[];
  overloaded: { activityId: string; name: string; groupId: string; referrals: SmallCount; capacity: number | null; suggestion: string }[];
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
