import fs from 'node:fs';
import { once } from 'node:events';
import type { Config } from '../../config';
import { exportGraph, propertyKeys, type ExportedNode, type ExportedRelationship } from '../../graph';
import { CSV_HEADER, csvRow } from '../export/formatCsv';
import { GRAPHML_FOOTER, graphmlElement, graphmlHeader } from '../export/formatGraphml';
import type { CliOutput } from '../output';
import { withGraph } from '../withGraph';

export const EXPORT_FORMATS = ['jsonl', 'graphml', 'csv'] as const;

export interface ExportOptions {
  format: string;
  out?: string;
}

type Item = ExportedNode | ExportedRelationship;

/** How each format opens, writes one item, and closes (shapes of APOC's exports). */
const WRITERS: Record<(typeof EXPORT_FORMATS)[number], { header(keys: string[]): string; item(item: Item): string; footer: string }> = {
  jsonl: { header: () => '', item: (item) => `${JSON.stringify(item)}\n`, footer: '' },
  graphml: { header: (keys) => graphmlHeader(keys, keys), item: graphmlElement, footer: GRAPHML_FOOTER },
  csv: { header: () => CSV_HEADER, item: csvRow, footer: '' },
};

/** `sovgraph export`: the whole graph as JSON lines, GraphML or CSV in APOC's export shapes. */
export async function runExport(config: Config, options: ExportOptions, output: CliOutput): Promise<number> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    output.err(`unsupported export format "${options.format}": use ${EXPORT_FORMATS.join(', ')}`);
    return 2;
  }
  const writer = WRITERS[options.format as (typeof EXPORT_FORMATS)[number]];
  const stream = options.out ? fs.createWriteStream(options.out) : process.stdout;
  // Respect back-pressure so a large graph never piles up in memory.
  const write = async (text: string) => {
    if (text && !stream.write(text)) await once(stream, 'drain');
  };
  let items = 0;
  await withGraph(config, output, async (graph) => {
    await write(writer.header(options.format === 'graphml' ? await propertyKeys(graph) : []));
    for await (const item of exportGraph(graph)) {
      await write(writer.item(item));
      items += 1;
    }
    await write(writer.footer);
  });
  if (options.out) {
    await new Promise<void>((resolve, reject) => (stream as fs.WriteStream).end((e?: Error | null) => (e ? reject(e) : resolve())));
    output.err(`exported ${items} nodes and relationships to ${options.out}`);
  }
  return 0;
}
