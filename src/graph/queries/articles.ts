import type { Graph, ReadOptions } from '../openGraph';

/** An article's citation fields. */
export interface ArticleRow {
  id: string;
  title: string;
  url: string | null;
  published: string | null;
  publisher: string | null;
  ingestedAt: string | null;
}

/** A fact an article states, with the sentences it states it in. */
export interface ArticleFactRow {
  type: string;
  from: { id: string; name: string | null; label: string };
  to: { id: string; name: string | null; label: string };
  evidence: string[];
}

const FIELDS = `a {.id, .title, .url, .published, .publisher, ingestedAt: toString(a.ingestedAt)}`;

const LIST = `
MATCH (a:Article)
WHERE ($publisher IS NULL OR a.publisher = $publisher)
  AND ($since IS NULL OR a.published >= $since)
  AND ($until IS NULL OR a.published <= $until)
WITH a ORDER BY a.published DESC, a.id
WITH collect(${FIELDS}) AS rows
RETURN size(rows) AS total, rows[$offset..$offset + $limit] AS page`;

const ONE = `MATCH (a:Article {id: $id}) RETURN ${FIELDS} AS article, a.sentences AS sentences`;

const FACTS = `
MATCH (a:Article {id: $id})-[:MENTIONS]->(x)-[r]->(y)
WHERE type(r) <> 'MENTIONS' AND $id IN r.sources
RETURN type(r) AS type,
       {id: x.id, name: coalesce(x.name, x.text), label: labels(x)[0]} AS from,
       {id: y.id, name: coalesce(y.name, y.text), label: labels(y)[0]} AS to,
       [e IN r.evidence WHERE e STARTS WITH $id + ':'] AS evidence
ORDER BY type, from.id, to.id`;

export interface ArticleFilter {
  publisher?: string;
  since?: string;
  until?: string;
}

/** A page of articles, newest first, plus the total. */
export async function listArticles(
  graph: Graph,
  where: ArticleFilter,
  offset: number,
  limit: number,
  options: ReadOptions = {},
): Promise<{ total: number; rows: ArticleRow[] }> {
  const rows = await graph.read<{ total: number; page: ArticleRow[] }>(
    LIST,
    { publisher: where.publisher ?? null, since: where.since ?? null, until: where.until ?? null, offset, limit },
    options,
  );
  return { total: rows[0]?.total ?? 0, rows: rows[0]?.page ?? [] };
}

/** One article with its sentences, or undefined. */
export async function getArticle(graph: Graph, id: string, options: ReadOptions = {}): Promise<{ article: ArticleRow; sentences: string[] } | undefined> {
  const rows = await graph.read<{ article: ArticleRow; sentences: string[] }>(ONE, { id }, options);
  return rows[0];
}

/** The relationships an article states. */
export function articleFacts(graph: Graph, id: string, options: ReadOptions = {}): Promise<ArticleFactRow[]> {
  return graph.read<ArticleFactRow & Record<string, unknown>>(FACTS, { id }, options);
}
