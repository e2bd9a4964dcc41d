import type { Config } from '../../config';
import { dropNodeProvenanceLists, migrate } from '../../graph';
import type { CliOutput } from '../output';
import { withGraph } from '../withGraph';

/** `sovgraph migrate`: applies schema/graph.cypher and upgrades data written by earlier versions. */
export async function runMigrate(config: Config, output: CliOutput): Promise<number> {
  const result = await withGraph(config, output, async (graph) => {
    const applied = await migrate(graph);
    await dropNodeProvenanceLists(graph);
    return applied;
  });
  output.out(`schema applied: ${result.statements} statements (constraints, indexes, full-text index); node-level provenance lists of earlier versions removed`);
  return 0;
}
