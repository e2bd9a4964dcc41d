export { ingestArticles, ingestArticleInput, parseArticle } from './ingestArticles';
export { mergeEntities, addAlias, CurationError } from './curate';
export type { IngestOptions, IngestResult, ArticleOutcome } from './ingestArticles';
export { retractArticle } from './write';
export { listInputs } from './read';
export type { RetractResult, WriteArticleResult } from './write';
export * from './types';
