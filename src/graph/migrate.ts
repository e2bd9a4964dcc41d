import fs from 'node:fs';
import path from 'node:path';
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
