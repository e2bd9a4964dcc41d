import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j, type LocalNeo4jResult } from '../../src/graph';

/**
 * Starts one real Neo4j for the whole test run (a temp data folder), unless
 * NEO4J_URI already names one, and hands its URI to the tests through the
 * environment. Started once: every integration file shares it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovgraph-test-'));
  const local: LocalNeo4jResult = await startLocalNeo4j({
    dataDir,
    heap: '1g',
    onProgress: (m) => process.stderr.write(`[test neo4j] ${m}\n`),
  });
  process.env.NEO4J_URI = local.uri;
  process.env.SOVGRAPH_TEST_DATA_DIR = dataDir;
  (globalThis as { __SOVGRAPH_NEO4J__?: LocalNeo4jResult }).__SOVGRAPH_NEO4J__ = local;
}
