import fs from 'node:fs/promises';
import path from 'node:path';
import type { ArticleInput } from '../types';
import { decodeText, DEFAULT_MAX_ARTICLE_BYTES, ReadError } from './decodeText';
import { parseFeed, looksLikeFeed } from './parseFeed';
import { parseHtmlArticle } from './parseHtmlArticle';
import { parseJsonArticles, type JsonArticleResult } from './parseJsonArticles';
import { parseMarkdownArticle, parseTextArticle } from './parseTextArticles';

/** File extensions `ingest` reads as articles (feeds: .xml, .rss, .atom). */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.xml', '.rss', '.atom'] as const;

/** One article read, or why one input (or one item of it) was refused. */
export type ReadResult = { article: ArticleInput } | { origin: string; error: string };

const FETCH_TIMEOUT_MS = 15_000;
const MULTI_ARTICLE_EXTENSIONS = new Set(['.json', '.xml', '.rss', '.atom']);
const MULTI_ARTICLE_FACTOR = 50;

function single(parse: () => ArticleInput, origin: string): ReadResult[] {
  try {
    return [{ article: parse() }];
  } catch (error) {
    return [{ origin, error: error instanceof ReadError ? error.message : (error as Error).message }];
  }
}

/** Dispatches decoded text to the parser its extension (or, for URLs, its content) calls for. */
export function parseArticles(text: string, origin: string, ext: string): ReadResult[] {
  switch (ext) {
    case '.txt':
      return single(() => parseTextArticle(text, origin), origin);
    case '.md':
    case '.markdown':
      return single(() => parseMarkdownArticle(text, origin), origin);
    case '.html':
    case '.htm':
      return single(() => parseHtmlArticle(text, origin), origin);
    case '.json':
      return parseJsonArticles(text, origin) satisfies JsonArticleResult[];
    case '.xml':
    case '.rss':
    case '.atom':
      return parseFeed(text, origin);
    default:
      throw new ReadError(`unsupported file type "${ext || '(none)'}": expected ${ARTICLE_EXTENSIONS.join(', ')}`);
  }
}

async function fetchText(url: string, maxBytes: number | undefined): Promise<{ text: string; ext: string }> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    throw new ReadError(`could not fetch: ${(error as Error).message}`);
  }
  if (!response.ok) throw new ReadError(`could not fetch: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = decodeText(bytes, maxBytes);
  const type = response.headers.get('content-type') ?? '';
  const ext = looksLikeFeed(text) ? '.xml' : /json/.test(type) ? '.json' : /html/.test(type) ? '.html' : '.txt';
  return { text, ext };
}

/**
 * Reads one file or URL into articles: one for .txt/.md/.html, one per item
 * for .json arrays and RSS/Atom feeds. Never throws: a refused input or item
 * comes back as an error with a one-line reason.
 */
export async function readArticles(source: string, maxBytes?: number): Promise<ReadResult[]> {
  try {
    if (/^https?:\/\//i.test(source)) {
      const { text, ext } = await fetchText(source, maxBytes);
      return parseArticles(text, source, ext);
    }
    const ext = path.extname(source).toLowerCase();
    if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
      throw new ReadError(`unsupported file type "${ext || '(none)'}": expected ${ARTICLE_EXTENSIONS.join(', ')}`);
    }
    // A feed or JSON array holds many articles: it may be that many times larger.
    const limit = (maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES) * (MULTI_ARTICLE_EXTENSIONS.has(ext) ? MULTI_ARTICLE_FACTOR : 1);
    const { size } = await fs.stat(source);
    if (size > limit) throw new ReadError(`too large: ${size} bytes, the limit is ${limit} (set SOVGRAPH_MAX_ARTICLE_BYTES to change it)`);
    const text = decodeText(await fs.readFile(source), limit);
    return parseArticles(text, source, ext);
  } catch (error) {
    return [{ origin: source, error: error instanceof ReadError ? error.message : `${(error as Error).message}`.split('\n')[0] }];
  }
}
