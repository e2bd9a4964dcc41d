import { loadSeed } from './loadSeed';

interface GazetteerFile {
  organizations: Record<string, string[]>;
  agencies: Record<string, { country: string; aliases: string[] }>;
  governments: Record<string, string[]>;
}

/** A public body the gazetteer knows, with the country it belongs to. */
export interface KnownAgency {
  name: string;
  country: string;
  aliases: string[];
}

/**
 * Corporate suffixes dropped when comparing names. Only legal-form words: they
 * never tell two organisations apart ("Group", "Holdings", "Cloud" do, so they stay).
 */
const LEGAL_SUFFIX = /(?:,?\s+(?:inc|incorporated|corp|corporation|co|company limited|ltd|limited|llc|plc|gmbh|ag|s\.?a|n\.?v|k\.?k|pte|pvt|private limited)\.?)+$/i;

/**
 * Comparison key of a name: case, accents, punctuation and legal suffixes
 * removed. "SoftBank Corp." and "Softbank" share a key; "Naver Cloud" and
 * "Naver" do not.
 */
export function nameKey(name: string): string {
  return stripLegalSuffix(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}*]+/gu, ' ')
    .trim();
}

/** "Acme Corp." → "Acme"; leaves names that are only a suffix alone. */
export function stripLegalSuffix(name: string): string {
  const stripped = name.trim().replace(LEGAL_SUFFIX, '').trim();
  return stripped || name.trim();
}

let orgIndex: Map<string, string> | undefined;
let agencyIndex: Map<string, KnownAgency> | undefined;

function gazetteer(): GazetteerFile {
  return loadSeed<GazetteerFile>('gazetteer.json');
}

/**
 * Canonical name of an organisation mention: the gazetteer's name when the
 * mention is a known alias, else the mention without its legal suffix.
 */
export function canonicalOrganizationName(mention: string): string {
  if (!orgIndex) {
    orgIndex = new Map();
    for (const [canonical, aliases] of Object.entries(gazetteer().organizations)) {
      for (const alias of [canonical, ...aliases]) orgIndex.set(nameKey(alias), canonical);
    }
  }
  return orgIndex.get(nameKey(mention)) ?? stripLegalSuffix(mention);
}

/** Whether the gazetteer lists this mention (name or alias) as an organisation. */
export function isKnownOrganization(mention: string): boolean {
  canonicalOrganizationName('');
  return orgIndex!.has(nameKey(mention));
}

/** Gazetteer agency for a mention (full name or acronym), if any. */
export function findKnownAgency(mention: string): KnownAgency | undefined {
  if (!agencyIndex) {
    agencyIndex = new Map();
    for (const [name, entry] of Object.entries(gazetteer().agencies)) {
      const agency = { name, country: entry.country, aliases: entry.aliases };
      for (const alias of [name, ...entry.aliases]) agencyIndex.set(nameKey(alias), agency);
    }
  }
  return agencyIndex.get(nameKey(mention));
}

/** All gazetteer agencies (to find acronyms such as "METI" in text). */
export function knownAgencies(): KnownAgency[] {
  findKnownAgency('');
  return [...new Set(agencyIndex!.values())];
}

/** Extra government names per ISO code ("Korea" → KR) that world-countries lacks. */
export function governmentAliases(): Record<string, string[]> {
  return gazetteer().governments;
}
