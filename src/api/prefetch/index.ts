export { hopTreeOf } from './hopTreeOf';
export { primeEvidence, primeLoaders } from './primeLoaders';
export { FIELD_HOPS } from './fieldHops';
export { lookupWithRelated } from './lookupWithRelated';
export { edgeDetailOf } from './edgeDetailOf';
