import type { ExportedNode, ExportedRelationship } from '../../graph';

/** One CSV field per RFC 4180: quoted when it holds a comma, quote or line break. */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header of the single CSV: APOC's `apoc.export.csv.all` columns. */
export const CSV_HEADER = '_id,_labels,name,properties,_start,_end,_type\n';

/**
 * One node or relationship as a CSV row, nodes and relationships in one file
 * as `apoc.export.csv.all` writes them (`_id`/`_labels` on nodes,
 * `_start`/`_end`/`_type` on relationships), all properties as JSON.
 */
export function csvRow(item: ExportedNode | ExportedRelationship): string {
  if (item.type === 'node') {
    return [item.id, `:${item.labels.join(':')}`, item.properties.name ?? item.properties.text ?? '', item.properties, '', '', ''].map(csvField).join(',') + '\n';
  }
  return ['', '', '', item.properties, item.start.id, item.end.id, item.label].map(csvField).join(',') + '\n';
}
