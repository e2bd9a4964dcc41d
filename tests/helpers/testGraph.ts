import { loadConfig } from '../../src/config';
import { migrate, openGraph, type Graph } from '../../src/graph';

/** Opens the test run's shared Neo4j (started by globalSetup). */
export async function openTestGraph(): Promise<Graph> {
  if (!process.env.NEO4J_URI) throw new Error('NEO4J_URI is not set: run integration tests through jest (globalSetup starts Neo4j)');
  return openGraph(loadConfig());
}

/** Empties the graph and applies the schema: each test file starts from nothing. */
export async function resetGraph(graph: Graph): Promise<void> {
  await graph.write('MATCH (n) DETACH DELETE n');
  await migrate(graph);
}

/** Node counts per label and relationship counts per type, for before/after comparisons. */
export async function graphCounts(graph: Graph): Promise<Record<string, number>> {
  const nodes = await graph.read<{ label: string; n: number }>('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n');
  const rels = await graph.read<{ type: string; n: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
  return Object.fromEntries([...nodes.map((r) => [r.label, r.n]), ...rels.map((r) => [r.type, r.n])].sort());
}
