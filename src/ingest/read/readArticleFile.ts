import fs from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import type { ArticleInput } from '../types';
import { decodeText, ReadError } from './decodeText';

/** File extensions `ingest` reads as articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown'] as const;

function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && value.trim()) {
    const parsed = new Date(value.trim());
    if (Number.isNaN(parsed.getTime())) throw new ReadError(`front matter "published" is not a date: ${JSON.stringify(value)}`);
    return parsed.toISOString().slice(0, 10);
  }
  return undefined;
}

function optionalString(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new ReadError(`front matter "${key}" must be text, got ${typeof value}`);
  return value.trim();
}

/** First line with letters, without markdown heading marks or emoji, as a fallback title. */
function firstLineTitle(body: string, fallback: string): string {
  const line = body
    .split('\n')
    .map((l) => l.replace(/^#+\s*/, '').replace(/[\p{Extended_Pictographic}\uFE0F]/gu, '').trim())
    .find((l) => /\p{L}/u.test(l));
  return (line ?? fallback).slice(0, 200);
}

/** Parses decoded text of a .md file: YAML front matter (title, url, published, publisher) + body. */
export function parseMarkdownArticle(text: string, origin: string): ArticleInput {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object disables gray-matter's cache, which would keep every file in memory.
    parsed = matter(text, {});
  } catch (error) {
    throw new ReadError(`malformed front matter: ${(error as Error).message.split('\n')[0]}`);
  }
  const data = parsed.data as Record<string, unknown>;
  const body = parsed.content.trim();
  if (!body) throw new ReadError('empty: the front matter has no article text after it');
  return {
    origin,
    title: optionalString(data, 'title') ?? firstLineTitle(body, path.basename(origin)),
    url: optionalString(data, 'url'),
    published: isoDate(data.published ?? data.date),
    publisher: optionalString(data, 'publisher'),
    body,
  };
}

/** Reads one .txt or .md file into an ArticleInput; throws ReadError with a one-line reason. */
export async function readArticleFile(file: string, maxBytes?: number): Promise<ArticleInput> {
  const ext = path.extname(file).toLowerCase();
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new ReadError(`unsupported file type "${ext || '(none)'}": expected ${ARTICLE_EXTENSIONS.join(', ')}`);
  }
  const text = decodeText(await fs.readFile(file), maxBytes);
  if (ext === '.txt') {
    const body = text.trim();
    return { origin: file, title: firstLineTitle(body, path.basename(file)), body };
  }
  return parseMarkdownArticle(text, file);
}
