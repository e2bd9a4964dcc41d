export { readArticleFile, parseMarkdownArticle, ARTICLE_EXTENSIONS } from './readArticleFile';
export { decodeText, ReadError, DEFAULT_MAX_ARTICLE_BYTES } from './decodeText';
export { listInputs } from './listInputs';
export type { InputEntry } from './listInputs';
