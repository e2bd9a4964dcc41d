import fs from 'node:fs';
import { once } from 'node:events';
import type { Config } from '../../config';
import { exportGraph } from '../../graph';
import type { CliOutput } from '../output';
import { withGraph } from '../withGraph';

export const EXPORT_FORMATS = ['jsonl'] as const;

export interface ExportOptions {
  format: string;
  out?: string;
}

/** `sovgraph export`: the whole graph as JSON lines in APOC's export shape. */
export async function runExport(config: Config, options: ExportOptions, output: CliOutput): Promise<number> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    output.err(`unsupported export format "${options.format}": use ${EXPORT_FORMATS.join(', ')}`);
    return 2;
  }
  const stream = options.out ? fs.createWriteStream(options.out) : process.stdout;
  let lines = 0;
  await withGraph(config, output, async (graph) => {
    for await (const item of exportGraph(graph)) {
      // Respect back-pressure so a large graph never piles up in memory.
      if (!stream.write(`${JSON.stringify(item)}\n`)) await once(stream, 'drain');
      lines += 1;
    }
  });
  if (options.out) {
    await new Promise<void>((resolve, reject) => (stream as fs.WriteStream).end((e?: Error | null) => (e ? reject(e) : resolve())));
    output.err(`exported ${lines} lines to ${options.out}`);
  }
  return 0;
}
