import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../../../src/ingest/extract';
import type { ExtractedEntity, ExtractedFacts } from '../../../src/ingest/types';
import { goldKeys, organisationKey, readAnnotatedArticle, type Gold } from '../../../training/annotatedArticles';

/** The kinds we score, in table order. */
export const KINDS = ['organizations', 'memberships', 'memberOrgs', 'leaders', 'funding', 'governments', 'focusAreas'] as const;
/** One scored kind. */
export type Kind = (typeof KINDS)[number];

/** True/false positive counts of one kind; precision over extracted, recall over gold. */
export interface Tally {
  extracted: number;
  extractedCorrect: number;
  gold: number;
  goldFound: number;
}

/** Per-kind tallies summed over a fixture folder, plus per-article misses for the report. */
export interface FolderScore {
  tallies: Record<Kind, Tally>;
  misses: string[];
}

/** Reads a fixture article and extracts its facts. */
export function loadFixture(path: string): { facts: ExtractedFacts; gold: Gold } {
  const { article, gold } = readAnnotatedArticle(path);
  return { facts: extractFacts(article), gold };
}

const keysOf = (entity: ExtractedEntity): string[] => [entity.name, ...entity.aliases].map(organisationKey);
const matches = (entity: ExtractedEntity, gold: string): boolean => {
  const keys = keysOf(entity);
  return goldKeys(gold).some((k) => keys.includes(k));
};

/** Scores every article of a folder (or those whose file name passes `only`) and sums the tallies. */
export function scoreFolder(folder: string, only: (file: string) => boolean = () => true): FolderScore {
  const tallies = Object.fromEntries(KINDS.map((k) => [k, { extracted: 0, extractedCorrect: 0, gold: 0, goldFound: 0 }])) as Record<Kind, Tally>;
  const misses: string[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.md') && only(f)).sort()) {
    const { facts, gold } = loadFixture(join(folder, file));
    const byId = new Map(facts.entities.map((e) => [e.id, e]));
    const pairs = (type: 'MEMBER_OF' | 'LEADS'): Array<[ExtractedEntity, ExtractedEntity]> =>
      facts.relations.filter((r) => r.type === type).map((r) => [byId.get(r.from)!, byId.get(r.to)!]);
    const items: Record<Kind, { extracted: unknown[]; gold: unknown[]; match: (e: never, g: never) => boolean; show: (x: never) => string }> = {
      organizations: {
        extracted: facts.entities.filter((e) => e.label === 'Organization'),
        gold: gold.organizations,
        match: (e: ExtractedEntity, g: string) => matches(e, g),
        show: (x: ExtractedEntity | string) => (typeof x === 'string' ? x : x.name),
      },
      memberships: {
        extracted: pairs('MEMBER_OF'),
        gold: gold.memberships,
        match: (e: [ExtractedEntity, ExtractedEntity], g: [string, string]) => matches(e[0], g[0]) && matches(e[1], g[1]),
        show: (x: [ExtractedEntity | string, ExtractedEntity | string]) => x.map((y) => (typeof y === 'string' ? y : y.name)).join(' ∈ '),
      },
      // Team naming aside: the organisations stated to belong to some team. Annotators name teams differently
      // ("BharatGen" or "IIT Bombay consortium"); this row shows how much of the gap is naming and how much finding.
      memberOrgs: {
        extracted: [...new Map(pairs('MEMBER_OF').map(([org]) => [org.id, org])).values()],
        gold: [...new Set(gold.memberships.map(([org]) => org))],
        match: (e: ExtractedEntity, g: string) => matches(e, g),
        show: (x: ExtractedEntity | string) => (typeof x === 'string' ? x : x.name),
      },
      leaders: {
        extracted: pairs('LEADS'),
        gold: gold.leaders,
        match: (e: [ExtractedEntity, ExtractedEntity], g: [string, string]) => matches(e[0], g[0]) && matches(e[1], g[1]),
        show: (x: [ExtractedEntity | string, ExtractedEntity | string]) => x.map((y) => (typeof y === 'string' ? y : y.name)).join(' ⟵ '),
      },
      funding: {
        extracted: facts.entities.filter((e) => e.label === 'Funding'),
        gold: gold.funding,
        match: (e: ExtractedEntity, g: { amount: number; currency: string }) => e.props.amount === g.amount && e.props.currency === g.currency,
        show: (x: ExtractedEntity | { amount: number; currency: string }) => ('props' in x ? `${x.props.amount} ${x.props.currency}` : `${x.amount} ${x.currency}`),
      },
      governments: {
        extracted: facts.entities.filter((e) => e.label === 'Government'),
        gold: gold.governments,
        match: (e: ExtractedEntity, g: string) => e.props.country === g,
        show: (x: ExtractedEntity | string) => (typeof x === 'string' ? x : String(x.props.country)),
      },
      focusAreas: {
        extracted: facts.entities.filter((e) => e.label === 'FocusArea'),
        gold: gold.focusAreas,
        match: (e: ExtractedEntity, g: string) => e.name === g,
        show: (x: ExtractedEntity | string) => (typeof x === 'string' ? x : x.name),
      },
    };
    for (const kind of KINDS) {
      const { extracted, gold: wanted, match, show } = items[kind];
      const t = tallies[kind];
      t.extracted += extracted.length;
      t.gold += wanted.length;
      for (const e of extracted) {
        if (wanted.some((g) => match(e as never, g as never))) t.extractedCorrect++;
        else misses.push(`${file} ${kind} spurious: ${show(e as never)}`);
      }
      for (const g of wanted) {
        if (extracted.some((e) => match(e as never, g as never))) t.goldFound++;
        else misses.push(`${file} ${kind} missed: ${show(g as never)}`);
      }
    }
  }
  return { tallies, misses };
}

/** Precision and recall of a tally (1 when there is nothing to find or nothing found). */
export function precisionRecall(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.extracted ? t.extractedCorrect / t.extracted : 1;
  const recall = t.gold ? t.goldFound / t.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** A printable table of one folder's scores. */
export function formatTable(title: string, score: FolderScore): string {
  const rows = KINDS.map((kind) => {
    const { precision, recall, f1 } = precisionRecall(score.tallies[kind]);
    const t = score.tallies[kind];
    return `${kind.padEnd(14)} P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${f1.toFixed(3)}  (${t.extractedCorrect}/${t.extracted} extracted, ${t.goldFound}/${t.gold} gold)`;
  });
  return [`== ${title}`, ...rows].join('\n');
}
