import type { ExportedNode, ExportedRelationship } from '../../graph';

const escapeXml = (value: string) =>
  value.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** A property value as GraphML text: lists as JSON, like APOC's export. */
function text(value: unknown): string {
  return escapeXml(typeof value === 'string' ? value : JSON.stringify(value));
}

/**
 * GraphML in the shape `apoc.export.graphml` writes: a `labels` key on nodes,
 * a `label` key on edges, and one key per property name (declared up front,
 * so the caller passes the property names it will meet).
 */
export function graphmlHeader(nodeKeys: string[], edgeKeys: string[]): string {
  const keys = [
    '<key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '<key id="label" for="edge" attr.name="label" attr.type="string"/>',
    ...nodeKeys.map((k) => `<key id="n_${escapeXml(k)}" for="node" attr.name="${escapeXml(k)}" attr.type="string"/>`),
    ...edgeKeys.map((k) => `<key id="e_${escapeXml(k)}" for="edge" attr.name="${escapeXml(k)}" attr.type="string"/>`),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys.join('\n')}\n<graph id="sovereign-graph" edgedefault="directed">\n`;
}

/** One node or relationship as a GraphML element. */
export function graphmlElement(item: ExportedNode | ExportedRelationship): string {
  if (item.type === 'node') {
    const data = Object.entries(item.properties).map(([k, v]) => `<data key="n_${escapeXml(k)}">${text(v)}</data>`);
    return `<node id="${escapeXml(item.id)}" labels=":${escapeXml(item.labels.join(':'))}"><data key="labels">:${escapeXml(item.labels.join(':'))}</data>${data.join('')}</node>\n`;
  }
  const data = Object.entries(item.properties).map(([k, v]) => `<data key="e_${escapeXml(k)}">${text(v)}</data>`);
  return `<edge id="${escapeXml(item.id)}" source="${escapeXml(item.start.id)}" target="${escapeXml(item.end.id)}" label="${escapeXml(item.label)}"><data key="label">${escapeXml(item.label)}</data>${data.join('')}</edge>\n`;
}

export const GRAPHML_FOOTER = '</graph>\n</graphml>\n';
