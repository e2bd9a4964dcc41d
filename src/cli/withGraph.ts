import type { Config } from '../config';
import { openGraph, type Graph } from '../graph';
import type { CliOutput } from './output';

/** Opens the graph for one command (starting the local Neo4j if needed) and always closes it. */
export async function withGraph<T>(config: Config, output: CliOutput, work: (graph: Graph) => Promise<T>): Promise<T> {
  const graph = await openGraph(config, { onProgress: (m) => output.err(m) });
  try {
    return await work(graph);
  } finally {
    await graph.close();
  }
}
