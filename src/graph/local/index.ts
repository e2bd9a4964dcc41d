export { startLocalNeo4j, stopLocalNeo4j } from './startLocalNeo4j';
export type { LocalNeo4jResult, StartLocalNeo4jOptions } from './startLocalNeo4j';
export { findRunningLocalNeo4j, localStoreDir } from './localState';
export { LocalNeo4jError } from './prepareLauncher';
