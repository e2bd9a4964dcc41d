/** Kinds of named entity, as the API's EntityKind enum names them. */
export type EntityKind = 'Government' | 'Agency' | 'Initiative' | 'Consortium' | 'Organization' | 'FocusArea' | 'Model';

/** The smallest view of an entity: enough for a link. */
export interface EntityRef {
  id: string;
  name: string;
  entityKind?: EntityKind;
}

/** Why the graph says so: a sentence and its article. */
export interface Evidence {
  sentence: string | null;
  article: { title: string; url: string | null; published: string | null };
}

/** A funding commitment with its evidence. */
export interface FundingLink {
  evidence: Evidence[];
  funding: {
    id: string;
    amount: number;
    currency: string;
    amountUsd: number | null;
    usdSource: string | null;
    upTo: boolean | null;
    text: string | null;
    announced: string | null;
    funders: EntityRef[];
    recipients: EntityRef[];
  };
}

/** GraphQL selection of {@link Evidence}. */
export const EVIDENCE_FIELDS = `evidence { sentence article { title url published } }`;

/** GraphQL selection of {@link FundingLink}. */
export const FUNDING_FIELDS = `${EVIDENCE_FIELDS}
  funding { id amount currency amountUsd usdSource upTo text announced
    funders { id name entityKind } recipients { id name entityKind } }`;
