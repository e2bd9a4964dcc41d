import { z } from 'zod';
import type { ArticleInput } from '../types';
import { ReadError } from './decodeText';
import { htmlToText } from './parseHtmlArticle';

const jsonArticle = z
  .object({
    title: z.string().optional(),
    headline: z.string().optional(),
    url: z.string().optional(),
    link: z.string().optional(),
    published: z.union([z.string(), z.number()]).optional(),
    date: z.union([z.string(), z.number()]).optional(),
    publisher: z.union([z.string(), z.object({ name: z.string() })]).optional(),
    body: z.string().optional(),
    text: z.string().optional(),
    content: z.string().optional(),
    html: z.string().optional(),
  })
  .passthrough();

function isoDate(value: string | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new ReadError(`"published" is not a date: ${JSON.stringify(value)}`);
  return date.toISOString().slice(0, 10);
}

/** One result per array item: an article, or the reason that item is refused. */
export type JsonArticleResult = { article: ArticleInput } | { origin: string; error: string };

/**
 * Articles of a .json file: one article object or an array of them, with the
 * body in `body`, `text`, `content` (plain) or `html`.
 */
export function parseJsonArticles(text: string, origin: string): JsonArticleResult[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // A RangeError here means nesting deeper than the parser's stack.
    throw new ReadError(`invalid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) throw new ReadError('empty: the JSON array holds no articles');
  return items.map((item, index) => {
    const itemOrigin = Array.isArray(data) ? `${origin}[${index}]` : origin;
    const parsed = jsonArticle.safeParse(item);
    if (!parsed.success) return { origin: itemOrigin, error: 'not an article object (expected title, body/text/content/html, url, published)' };
    const a = parsed.data;
    try {
      const body = (a.body ?? a.text ?? a.content ?? (a.html ? htmlToText(a.html) : '')).trim();
      if (!body) return { origin: itemOrigin, error: 'empty: no body, text, content or html' };
      const publisher = typeof a.publisher === 'object' ? a.publisher.name : a.publisher;
      return {
        article: {
          origin: itemOrigin,
          title: (a.title ?? a.headline ?? body.split('\n')[0]).trim().slice(0, 300),
          url: a.url ?? a.link,
          published: isoDate(a.published ?? a.date),
          publisher,
          body,
        },
      };
    } catch (error) {
      return { origin: itemOrigin, error: (error as Error).message };
    }
  });
}
