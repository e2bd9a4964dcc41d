import type { Graph } from '../graph';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver of one request sees. */
export interface ApiContext {
  graph: Graph;
  loaders: Loaders;
  /** Transaction timeout for this request's reads. */
  timeoutMs: number;
  /** The request presented a valid API key: curation mutations are allowed. */
  canWrite: boolean;
}

/** Builds a fresh context per request: loaders never outlive their request. */
export function createContext(graph: Graph, timeoutMs: number, canWrite = false): ApiContext {
  return { graph, loaders: createLoaders(graph, timeoutMs), timeoutMs, canWrite };
}
