import fs from 'node:fs';
import path from 'node:path';
import { translateDriverError } from './errors';
import { findProjectRoot } from './local/projectRoot';
import type { Graph } from './openGraph';

/** Result of applying the schema: how many statements ran. */
export interface MigrateResult {
  statements: number;
}

/** Splits schema/graph.cypher into statements, dropping `//` comment lines. */
export function parseSchemaStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Applies schema/graph.cypher (constraints, indexes, the full-text index) and
 * waits for the indexes to come online. Idempotent: every statement says IF NOT EXISTS.
 */
export async function migrate(graph: Graph): Promise<MigrateResult> {
  const file = path.join(findProjectRoot(), 'schema', 'graph.cypher');
  const statements = parseSchemaStatements(fs.readFileSync(file, 'utf8'));
  // Schema statements cannot share a transaction with each other in Neo4j.
  for (const statement of statements) await graph.write(statement);
  await graph.write('CALL db.awaitIndexes(300)');
  return { statements: statements.length };
}

/**
 * Stores written before entity provenance moved onto MENTIONS kept
 * `sources`/`evidence` lists on nodes; nothing reads them any more and
 * retraction no longer updates them, so this removes them. It scans every
 * node, so it runs from `sovgraph migrate` only, never at start-up (in
 * batches: an implicit transaction, which `CALL … IN TRANSACTIONS` requires).
 */
export async function dropNodeProvenanceLists(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run(`MATCH (n) WHERE n.sources IS NOT NULL OR n.evidence IS NOT NULL
CALL (n) { REMOVE n.sources, n.evidence } IN TRANSACTIONS OF 10000 ROWS`);
  } catch (error) {
    throw translateDriverError(error);
  } finally {
    await session.close();
  }
}
