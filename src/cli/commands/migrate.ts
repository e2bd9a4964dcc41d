import type { Config } from '../../config';
import { migrate } from '../../graph';
import type { CliOutput } from '../output';
import { withGraph } from '../withGraph';

/** `sovgraph migrate`: applies schema/graph.cypher. */
export async function runMigrate(config: Config, output: CliOutput): Promise<number> {
  const result = await withGraph(config, output, migrate);
  output.out(`schema applied: ${result.statements} statements (constraints, indexes, full-text index)`);
  return 0;
}
