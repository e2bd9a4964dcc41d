import { hash32 } from './prng';

// Invented, pronounceable, unique names: an index is scrambled by a bijection
// of [0, 64^4) and written in base 64 with one syllable a digit, so two
// indexes never give the same name and the names do not look sequential.
const SYLLABLES = [
  'ka', 'lo', 'mi', 'ne', 'ra', 'to', 'vi', 'sa', 'qu', 'de', 'an', 'or', 'el', 'ix', 'ur', 'po',
  'zen', 'tar', 'vel', 'mor', 'nas', 'kel', 'dra', 'fin', 'gal', 'hal', 'jor', 'lum', 'nov', 'pra', 'sol', 'tek',
  'bri', 'cor', 'dex', 'eva', 'fal', 'gen', 'hex', 'ion', 'jun', 'kor', 'lex', 'mar', 'nyx', 'oma', 'pol', 'rin',
  'sky', 'tal', 'uma', 'vor', 'wen', 'xan', 'yar', 'zul', 'bel', 'cyr', 'dal', 'ero', 'fyr', 'gor', 'hin', 'ila',
];
const SPACE = 64 ** 4;

function scramble(index: number, salt: number): number {
  // Multiplication by an odd number is a bijection modulo a power of two.
  return (index * 2654435761 + salt * 40503) % SPACE;
}

/** A unique capitalised invented word for (index, salt); index < 16,777,216. */
export function inventedWord(index: number, salt: number): string {
  let n = scramble(index, salt);
  let word = '';
  for (let i = 0; i < 4; i += 1) {
    word += SYLLABLES[n % 64];
    n = Math.floor(n / 64);
  }
  return word[0].toUpperCase() + word.slice(1);
}

const ORG_SUFFIX: Record<string, string[]> = {
  company: ['Systems', 'AI', 'Technologies', 'Cloud', 'Telecom', 'Semiconductor', 'Robotics', 'Networks'],
  research: ['Research Institute', 'AI Lab', 'Research Center'],
  university: ['University', 'Institute of Technology'],
  fund: ['Capital', 'Ventures', 'Investment Fund'],
  other: ['Foundation', 'Association'],
};
const ORG_KINDS = ['company', 'company', 'company', 'company', 'company', 'research', 'university', 'fund', 'other'] as const;

/** An organisation's kind and name from its index (stable, unique). */
export function organizationName(index: number): { name: string; kind: string } {
  const h = hash32(index, 1);
  const kind = ORG_KINDS[h % ORG_KINDS.length];
  const suffixes = ORG_SUFFIX[kind];
  return { name: `${inventedWord(index, 1)} ${suffixes[(h >>> 8) % suffixes.length]}`, kind };
}

/** A name from a salt-specific word and a suffix. */
export function namedThing(index: number, salt: number, suffixes: string[]): string {
  return `${inventedWord(index, salt)} ${suffixes[hash32(index, salt) % suffixes.length]}`;
}
