export { writeArticle, retractArticle } from './writeArticle';
export type { WriteArticleResult } from './writeArticle';
