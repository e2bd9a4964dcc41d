export { writeArticle, retractArticle, staleArticles } from './writeArticle';
export type { WriteArticleResult, RetractResult } from './writeArticle';
