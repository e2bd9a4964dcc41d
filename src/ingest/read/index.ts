export { readArticles, parseArticles, ARTICLE_EXTENSIONS } from './readArticles';
export type { ReadResult } from './readArticles';
export { parseMarkdownArticle, parseTextArticle } from './parseTextArticles';
export { parseHtmlArticle, htmlToText } from './parseHtmlArticle';
export { parseJsonArticles } from './parseJsonArticles';
export { parseFeed } from './parseFeed';
export { decodeText, ReadError, DEFAULT_MAX_ARTICLE_BYTES } from './decodeText';
export { listInputs } from './listInputs';
export type { InputEntry } from './listInputs';
