import path from 'node:path';
import matter from 'gray-matter';
import type { ArticleInput } from '../types';
import { ReadError } from './decodeText';

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

/** Parses decoded text of a .txt file: the first line with letters is the title. */
export function parseTextArticle(text: string, origin: string): ArticleInput {
  const body = text.trim();
  return { origin, title: firstLineTitle(body, path.basename(origin)), body };
}
