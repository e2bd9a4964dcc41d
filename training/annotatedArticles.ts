import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../src/graph/local/projectRoot';
import matter from 'gray-matter';
import { splitSentences } from '../src/ingest/read/splitSentences';
import { articleId } from '../src/ingest/resolve/ids';
import { canonicalOrganizationName, nameKey } from '../src/ingest/resolve/resolveNames';
import type { ParsedArticle } from '../src/ingest/types';

/**
 * The hand-annotated fixture articles (tests/fixtures/extraction): an .md
 * with front matter and its NAME.gold.json. Read the same way by the quality
 * scorer (tests/unit/support/scoreExtraction.ts) and the model trainers.
 */

/** Gold annotation beside each fixture article (NAME.gold.json). */
export interface Gold {
  governments: string[];
  organizations: string[];
  memberships: Array<[string, string]>;
  leaders: Array<[string, string]>;
  funding: Array<{ amount: number; currency: string }>;
  focusAreas: string[];
}

/** A fixture .md read into the ParsedArticle extraction takes, with its gold. */
export function readAnnotatedArticle(path: string): { article: ParsedArticle; gold: Gold } {
  const file = matter(readFileSync(path, 'utf8'));
  const body = file.content.trim();
  const data = file.data as Record<string, unknown>;
  const published = data.published instanceof Date ? data.published.toISOString().slice(0, 10) : (data.published as string | undefined);
  const article: ParsedArticle = {
    id: articleId(body),
    origin: path,
    title: String(data.title ?? ''),
    url: data.url as string | undefined,
    published,
    publisher: data.publisher as string | undefined,
    body,
    sentences: splitSentences(body),
  };
  const gold = JSON.parse(readFileSync(path.replace(/\.md$/, '.gold.json'), 'utf8')) as Gold;
  return { article, gold };
}

/** Comparison key of an organisation's name (gazetteer-aware). */
export const organisationKey = (name: string): string => nameKey(canonicalOrganizationName(name));

/**
 * Keys of a gold name. Annotators write a name with its short form in brackets
 * ("Netherlands Forensic Institute (NFI)"): either form, or the whole, names the same thing;
 * a name opening with "The" names the same thing without it.
 */
export function goldKeys(name: string): string[] {
  const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(name.trim());
  const keys = bracketed ? [organisationKey(name), organisationKey(bracketed[1]), organisationKey(bracketed[2])] : [organisationKey(name)];
  // ("The Chinese University of Hong Kong": names are extracted without the article that opens them.)
  return /^The /.test(name) ? [...keys, ...goldKeys(name.slice(4))] : keys;
}

/** The independent writer's set an annotated article comes from: its file prefix ("h9-", "s35-", "ind-"); the rest are one set. */
export function writerOf(file: string): string {
  return /^(h\d+|s\d+|ind)-/.exec(file)?.[1] ?? 'first';
}

/** Every annotated dev article (tests/fixtures/extraction/dev) in file order, with its writer's set: what the trainers learn from. Held-out folders are never read. */
export function readDevArticles(): Array<{ file: string; writer: string; article: ParsedArticle; gold: Gold }> {
  const dev = join(findProjectRoot(), 'tests', 'fixtures', 'extraction', 'dev');
  return readdirSync(dev)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({ file, writer: writerOf(file), ...readAnnotatedArticle(join(dev, file)) }));
}
