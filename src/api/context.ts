import type { Graph } from '../graph';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver of one request sees. */
export interface ApiContext {
  graph: Graph;
  loaders: Loaders;
  /** Transaction timeout for this request's reads. */
  timeoutMs: number;
}

/** Builds a fresh context per request: loaders never outlive their request. */
export function createContext(graph: Graph, timeoutMs: number): ApiContext {
  return { graph, loaders: createLoaders(graph, timeoutMs), timeoutMs };
}
