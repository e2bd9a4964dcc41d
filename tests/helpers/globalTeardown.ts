import fs from 'node:fs';
import type { LocalNeo4jResult } from '../../src/graph';

/** Stops the Neo4j that globalSetup started and removes its temp folder. */
export default async function globalTeardown(): Promise<void> {
  const local = (globalThis as { __SOVGRAPH_NEO4J__?: LocalNeo4jResult }).__SOVGRAPH_NEO4J__;
  if (!local) return;
  await local.stop();
  const dataDir = process.env.SOVGRAPH_TEST_DATA_DIR;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
