/**
 * Child process: our GraphQL API (createServer) on a free port against the
 * Neo4j at BENCH_BOLT_URI. Prints "READY <port>"; answers {type:'stats'} IPC
 * messages with its RSS and the Cypher statements sent so far.
 */
import 'reflect-metadata';
import { createServer } from '../../src/api';
import { loadConfig } from '../../src/config';
import { openGraph } from '../../src/graph';

async function main() {
  const config = loadConfig({ ...process.env, NEO4J_URI: process.env.BENCH_BOLT_URI, LOG_LEVEL: 'silent' });
  const graph = await openGraph(config);
  const server = await createServer({ graph, port: 0, queryTimeoutMs: 60_000 });
  process.on('message', (message: { type: string }) => {
    if (message.type === 'stats') process.send!({ type: 'stats', rss: process.memoryUsage().rss, queryCount: graph.queryCount() });
    if (message.type === 'stop') void server.close().then(() => graph.close()).then(() => process.exit(0));
  });
  process.send!({ type: 'ready', port: server.port });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
