/**
 * The extract stage's contract with the rest of ingest: facts from a parsed
 * article, and the sentence splitter that defines sentence indexes.
 */
export { extractFacts } from './extractFacts';
export { splitSentences } from '../read/splitSentences';
export { parseMoney, type MoneyMention } from './parseMoney';

