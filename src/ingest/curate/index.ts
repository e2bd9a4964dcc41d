export { mergeEntities, addAlias, CurationError } from './mergeEntities';
