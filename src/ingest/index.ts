export { ingestArticles, parseArticle } from './ingestArticles';
export type { IngestOptions, IngestResult, ArticleOutcome } from './ingestArticles';
export { retractArticle } from './write';
export * from './types';
