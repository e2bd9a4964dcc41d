export { writeArticle, retractArticle, staleArticles, isArticleUnchanged } from './writeArticle';
export type { WriteArticleResult, RetractResult } from './writeArticle';
