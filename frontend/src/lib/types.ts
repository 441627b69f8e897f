/**
 * The API's shapes as the app uses them. Closed sets (roles, days, statuses…) are the contract's own types,
 * generated from frontend/openapi.json into ./api/schema.d.ts (`npm run generate-types`); so are the bodies
 * the app sends (aliased in each endpoint file).
 *
 * The answers are the contract's schemas too, by the names the pages know them by: the backend's packages are
 * JSpecify @NullMarked, so a field is required and never null unless the record says @Nullable, and the
 * generated types say the same. Only what the contract cannot say is written here: a page of any item
 * (`Page<T>`), the plain `Ref` / `Coded` shapes, and the network graph's kinds of node and link.
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

export type Session = Schemas['SessionView'];

export interface Page<T> { items: T[]; page: number; size: number; totalItems: number; totalPages: number }

export type VenueRef = Schemas['ActivityViewVenueRef'];
export type ActivityView = Schemas['ActivityView'];
export type ActivityHit = Schemas['ActivityHit'];
export type SearchPage = Schemas['ActivitySearchPage'];
export type VenueView = Schemas['VenueView'];
export type LocalityView = Schemas['LocalityView'];
/** An organiser and the groups they run (GET /api/organisers/{id}). */
export type OrganiserView = Schemas['OrganiserView'];
/** How many of each kind of node and link the network holds (GET /api/network/summary). */
export type NetworkSummary = Schemas['NetworkSummary'];
export type GroupView = Schemas['GroupView'];
export type TermView = Schemas['TermView'];

export type Maker = Schemas['ReferralViewMaker'];
export type Consent = Schemas['ReferralViewConsent'];
export type Participant = Schemas['ReferralViewParticipant'];
export type ReferralEvent = Schemas['ReferralViewEvent'];
export type ReferralSummary = Schemas['ReferralSummary'];
export type ReferralView = Schemas['ReferralView'];
export type PathStep = Schemas['ReferralPathStep'];
export type ReferralPath = Schemas['ReferralPath'];

export type PostView = Schemas['PostView'];
export type PostThread = PostView & { replies: Schemas['ReplyView'][] };
export type Collaborator = Schemas['Collaborator'];
export type IntroductionView = Schemas['IntroductionView'];
export type AccountView = Schemas['AccountView'];
export type AuditEntry = Schemas['AuditEntry'];

export type GapCell = Schemas['GapMapCell'];
export type GapMatrix = Schemas['GapMap'];
export type Flows = Schemas['FlowMap'];
export type Health = Schemas['NetworkHealth'];
export type Outcomes = Schemas['OutcomeSummary'];

export type GraphNodeKind = 'GROUP' | 'VENUE' | 'ORGANISER' | 'ACTIVITY' | 'LOCALITY';
export type GraphEdgeKind = 'RUNS' | 'MEETS_AT' | 'KNOWS' | 'REFERRED' | 'PARTNERS' | 'WITHIN';
/** The network map as answered, with the closed sets of its kinds of node and link (plain strings in the contract). */
export type NetworkGraph = Omit<Schemas['NetworkGraph'], 'nodes' | 'edges'> & {
  nodes: (Schemas['NetworkGraphNode'] & { kind: GraphNodeKind })[];
  edges: (Schemas['NetworkGraphEdge'] & { kind: GraphEdgeKind })[];
};
