import { createHash } from 'node:crypto';
import type { EntityLabel } from '../types';

/** Id prefixes per label; Government ids use the ISO code instead of a slug. */
const ID_PREFIX: Record<Exclude<EntityLabel, 'Government' | 'Funding'>, string> = {
  Agency: 'agency',
  Initiative: 'initiative',
  Consortium: 'consortium',
  Organization: 'org',
  FocusArea: 'focus',
  Model: 'model',
};

/**
 * Lower-case ASCII slug of a name: "SoftBank Corp." → "softbank-corp".
 * Accents are folded so "Société Générale" and "Societe Generale" agree;
 * scripts without ASCII folding (CJK, Hangul) are kept as they are.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** "gov:JP" from an ISO 3166 alpha-2 code ("EU" for the bloc). */
export function governmentId(countryCode: string): string {
  return `gov:${countryCode.toUpperCase()}`;
}

/** Stable id of a named entity from its canonical name: ("Organization", "SoftBank") → "org:softbank". */
export function entityId(label: Exclude<EntityLabel, 'Government' | 'Funding'>, canonicalName: string): string {
  return `${ID_PREFIX[label]}:${slugify(canonicalName)}`;
}

/**
 * Stable id of a funding commitment from funder + recipient + amount + currency
 * (DESIGN.md), so the same commitment reported by two articles is one node.
 */
export function fundingId(funderId: string, recipientId: string, amount: number, currency: string): string {
  const key = [funderId, recipientId, String(amount), currency.toUpperCase()].join('|');
  return `funding:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

/** Content hash identifying an article: the same text always gets the same id. */
export function articleId(body: string): string {
  return createHash('sha256').update(body.normalize('NFC')).digest('hex').slice(0, 32);
}
