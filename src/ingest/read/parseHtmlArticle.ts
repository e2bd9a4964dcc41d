import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../types';
import { ReadError } from './decodeText';

/** Elements whose text forms the article's paragraphs, in document order. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, td';

function meta(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

/** Text of an HTML fragment as paragraphs separated by blank lines (scripts and styles never count). */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('script, style, noscript, iframe, template')) el.remove();
  const blocks = [...document.querySelectorAll(BLOCKS)]
    // A block nested in another block (p inside li) is read through its parent.
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = blocks.length > 0 ? blocks.join('\n\n') : (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ');
  return text.trim();
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/**
 * Main text and citation fields of an HTML page: @mozilla/readability finds the
 * article body (navigation, ads, scripts and iframes dropped); title, url,
 * date and publisher come from the page's Open Graph / article meta tags.
 */
export function parseHtmlArticle(html: string, origin: string): ArticleInput {
  const { document } = parseHTML(html);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url');
  const published = isoDate(meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued'));
  const publisher = meta(document, 'og:site_name', 'publisher', 'application-name');
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const body = parsed?.content ? htmlToText(parsed.content) : htmlToText(document.body?.innerHTML ?? '');
  if (!body) throw new ReadError('no article text found in the HTML page');
  const title = (meta(document, 'og:title') ?? parsed?.title ?? document.title ?? '').trim() || body.split('\n')[0].slice(0, 200);
  return { origin, title, url: url || undefined, published, publisher, body };
}
