import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ArticleInput } from '../types';
import { ReadError } from './decodeText';
import { htmlToText } from './parseHtmlArticle';
import type { JsonArticleResult } from './parseJsonArticles';

/** True when the text looks like an RSS or Atom document. */
export function looksLikeFeed(text: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 4096));
}

// Entities are left unexpanded: a DOCTYPE's own entities are how "billion
// laughs" attacks work, and item HTML is decoded by the HTML parser instead.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: false,
  htmlEntities: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  textNodeName: '#text',
  cdataPropName: false,
});

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'object' && '#text' in (value as object)) return String((value as { '#text': unknown })['#text']);
  return undefined;
}

/** Decodes the XML character entities left in place by the parser. */
function decodeEntities(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

function linkOf(item: Record<string, unknown>): string | undefined {
  const links = (item.link as unknown[] | undefined) ?? [];
  for (const link of links) {
    if (typeof link === 'string') return link.trim();
    const l = link as Record<string, string>;
    if (l['@href'] && (!l['@rel'] || l['@rel'] === 'alternate')) return l['@href'];
  }
  return text(item.guid)?.startsWith('http') ? text(item.guid) : undefined;
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/**
 * Articles of an RSS 2.0, RSS 1.0 (RDF) or Atom feed: one per item/entry, the
 * body from content:encoded / content / description / summary (HTML → text).
 */
export function parseFeed(xml: string, origin: string): JsonArticleResult[] {
  if (/<!ENTITY/i.test(xml)) throw new ReadError('feed declares XML entities (refused: entity expansion is a known attack)');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ReadError(`broken XML at line ${valid.err.line}: ${valid.err.msg}`);
  const doc = parser.parse(xml) as Record<string, any>;
  const channel = doc.rss?.channel ?? doc['rdf:RDF']?.channel ?? doc.feed;
  const items: Record<string, unknown>[] = doc.rss?.channel?.item ?? doc['rdf:RDF']?.item ?? doc.feed?.entry ?? [];
  if (!channel && items.length === 0) throw new ReadError('not an RSS or Atom feed');
  if (items.length === 0) throw new ReadError('empty: the feed has no items');
  const publisher = channel ? text(channel.title) : undefined;
  return items.map((item, index) => {
    const itemOrigin = `${origin}#${index + 1}`;
    const html = text(item['content:encoded']) ?? text(item.content) ?? text(item.description) ?? text(item.summary) ?? '';
    const body = htmlToText(decodeEntities(html));
    if (!body) return { origin: itemOrigin, error: 'empty: the feed item has no text' };
    const article: ArticleInput = {
      origin: itemOrigin,
      title: decodeEntities(text(item.title) ?? body.split('\n')[0]).trim().slice(0, 300),
      url: linkOf(item),
      published: isoDate(text(item.pubDate) ?? text(item.published) ?? text(item.updated) ?? text(item['dc:date'])),
      publisher: publisher ? decodeEntities(publisher) : undefined,
      body,
    };
    return { article };
  });
}
