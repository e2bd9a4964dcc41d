import type { Config } from '../../config';
import { findRunningLocalNeo4j, localStoreDir, startLocalNeo4j, stopLocalNeo4j } from '../../graph';
import type { CliOutput } from '../output';

/** `sovgraph db start|stop|status`: manages the local Neo4j of the data folder. */
export async function runDb(action: string, config: Config, output: CliOutput): Promise<number> {
  if (config.neo4j) {
    output.err(`NEO4J_URI is set (${config.neo4j.uri}): 'db ${action}' manages only the local Neo4j; unset NEO4J_URI to use it`);
    return 1;
  }
  switch (action) {
    case 'start': {
      const local = await startLocalNeo4j({
        dataDir: config.dataDir,
        heap: config.localNeo4jHeap,
        detached: true,
        onProgress: (m) => output.err(m),
      });
      output.out(`${local.started ? 'started' : 'already running'}: ${local.uri} (pid ${local.pid}, store ${localStoreDir(config.dataDir)})`);
      return 0;
    }
    case 'stop': {
      const stopped = await stopLocalNeo4j(config.dataDir);
      output.out(stopped ? 'stopped' : 'not running');
      return 0;
    }
    case 'status': {
      const running = await findRunningLocalNeo4j(config.dataDir);
      output.out(running ? `running: bolt://127.0.0.1:${running.port} (pid ${running.pid})` : 'not running');
      return running ? 0 : 3;
    }
    default:
      output.err(`unknown action "${action}": use start, stop or status`);
      return 2;
  }
}
