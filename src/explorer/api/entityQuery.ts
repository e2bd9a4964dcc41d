import { requestGraphQL } from './request';
import { EVIDENCE_FIELDS, FUNDING_FIELDS, type EntityKind, type EntityRef, type Evidence, type FundingLink } from './types';

/** A member of a consortium with its role and the sentences that say so. */
export interface MemberEdge {
  role: 'LEADER' | 'MEMBER';
  node: EntityRef & { kind: string | null; country: string | null };
  evidence: Evidence[];
}

/** Everything the consortium view shows. */
export interface ConsortiumDetails {
  __typename: 'Consortium';
  statedMemberCount: number | null;
  status: string | null;
  leader: EntityRef | null;
  members: { totalCount: number; edges: MemberEdge[] };
  initiatives: (EntityRef & { governments: (EntityRef & { country: string })[] })[];
  funding: FundingLink[];
  focusAreas: EntityRef[];
  models: EntityRef[];
}

/** Everything the government view shows. */
export interface GovernmentDetails {
  __typename: 'Government';
  country: string;
  agencies: EntityRef[];
  initiatives: (EntityRef & { status: string | null; startDate: string | null })[];
  consortia: (EntityRef & { status: string | null; statedMemberCount: number | null })[];
  funding: FundingLink[];
}

/** Everything the organisation view shows. */
export interface OrganizationDetails {
  __typename: 'Organization';
  kind: string | null;
  /** `country`, aliased: Government.country is non-null and the two may not share a name in one query. */
  homeCountry: string | null;
  consortia: { role: 'LEADER' | 'MEMBER'; consortium: EntityRef; evidence: Evidence[] }[];
  initiatives: EntityRef[];
  models: EntityRef[];
  funding: FundingLink[];
  fundingProvided: FundingLink[];
}

/** Everything the initiative view shows. */
export interface InitiativeDetails {
  __typename: 'Initiative';
  status: string | null;
  startDate: string | null;
  governments: (EntityRef & { country: string })[];
  consortia: EntityRef[];
  focusAreas: EntityRef[];
  funding: FundingLink[];
}

/** Everything the model view shows. */
export interface ModelDetails {
  __typename: 'Model';
  developers: EntityRef[];
}

/** Kinds with nothing beyond name and aliases. */
export interface PlainDetails {
  __typename: 'Agency' | 'FocusArea';
}

/** An entity of any kind, with the details of its kind. */
export type EntityDetails = { id: string; name: string; aliases: string[]; entityKind: EntityKind } & (
  | ConsortiumDetails
  | GovernmentDetails
  | OrganizationDetails
  | InitiativeDetails
  | ModelDetails
  | PlainDetails
);

const REF = 'id name entityKind';

/** GraphQL selection of {@link GovernmentDetails}, shared by both ways to a government. */
export const GOVERNMENT_FIELDS = `country agencies { ${REF} }
  initiatives { ${REF} status startDate }
  consortia { ${REF} status statedMemberCount }
  funding { ${FUNDING_FIELDS} }`;

const ENTITY = `query EntityPage($id: ID!) {
  entity(id: $id) {
    __typename id name aliases entityKind
    ... on Consortium {
      statedMemberCount status
      leader { ${REF} }
      members(first: 100) { totalCount edges { role node { ${REF} kind country } ${EVIDENCE_FIELDS} } }
      initiatives { ${REF} governments { ${REF} country } }
      funding { ${FUNDING_FIELDS} }
      focusAreas { ${REF} }
      models { ${REF} }
    }
    ... on Government { ${GOVERNMENT_FIELDS} }
    ... on Organization {
      kind homeCountry: country
      consortia { role consortium { ${REF} } ${EVIDENCE_FIELDS} }
      initiatives { ${REF} }
      models { ${REF} }
      funding { ${FUNDING_FIELDS} }
      fundingProvided { ${FUNDING_FIELDS} }
    }
    ... on Initiative {
      status startDate
      governments { ${REF} country }
      consortia { ${REF} }
      focusAreas { ${REF} }
      funding { ${FUNDING_FIELDS} }
    }
    ... on Model { developers { ${REF} } }
  }
}`;

/** An entity by id with the details its page shows; null when the id is unknown. */
export async function fetchEntity(id: string): Promise<EntityDetails | null> {
  const data = await requestGraphQL<{ entity: EntityDetails | null }>(ENTITY, { id });
  return data.entity;
}

const GOVERNMENT = `query GovernmentPage($country: String!) {
  government(country: $country) { id name aliases entityKind ${GOVERNMENT_FIELDS} }
}`;

/** A government by ISO code or name; null when the graph has none. */
export async function fetchGovernment(country: string): Promise<(EntityDetails & GovernmentDetails) | null> {
  const data = await requestGraphQL<{ government: Omit<EntityDetails & GovernmentDetails, '__typename'> | null }>(GOVERNMENT, { country });
  return data.government ? { ...data.government, __typename: 'Government' } : null;
}
