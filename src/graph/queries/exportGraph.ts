import neo4j, { isDateTime, isDate, isDuration, isLocalDateTime, isLocalTime, isPoint, isTime } from 'neo4j-driver';
import type { Graph } from '../openGraph';

/** A node line of APOC's apoc.export.json shape (ids are our stable domain ids). */
export interface ExportedNode {
  type: 'node';
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

/** A relationship line of APOC's apoc.export.json shape. */
export interface ExportedRelationship {
  type: 'relationship';
  id: string;
  label: string;
  start: { id: string; labels: string[] };
  end: { id: string; labels: string[] };
  properties: Record<string, unknown>;
}

const NODES = `MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id`;
const RELATIONSHIPS = `
MATCH (s)-[r]->(e) WHERE s.id IS NOT NULL AND e.id IS NOT NULL
RETURN type(r) AS label, s.id AS startId, labels(s) AS startLabels, e.id AS endId, labels(e) AS endLabels, properties(r) AS properties
ORDER BY startId, label, endId`;

/** Temporal and spatial driver values become strings so the export is plain JSON. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (isDateTime(value) || isDate(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value) || isPoint(value)) {
    return value.toString();
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  return value;
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, plain(v)]));
}

/**
 * Streams the whole graph, nodes then relationships, in a stable order (same
 * graph → byte-identical export). Relationship ids are "start-TYPE->end":
 * at most one relationship of a type joins two nodes.
 */
export async function* exportGraph(graph: Graph): AsyncGenerator<ExportedNode | ExportedRelationship> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
  try {
    for await (const record of session.run(NODES)) {
      yield { type: 'node', id: record.get('id'), labels: [...record.get('labels')].sort(), properties: plainProperties(record.get('properties')) };
    }
    for await (const record of session.run(RELATIONSHIPS)) {
      const label = record.get('label') as string;
      const start = { id: record.get('startId') as string, labels: [...record.get('startLabels')].sort() as string[] };
      const end = { id: record.get('endId') as string, labels: [...record.get('endLabels')].sort() as string[] };
      yield {
        type: 'relationship',
        id: `${start.id}-${label}->${end.id}`,
        label,
        start,
        end,
        properties: plainProperties(record.get('properties')),
      };
    }
  } finally {
    await session.close();
  }
}

/** Every property key in the database (GraphML declares its keys before the data). */
export async function propertyKeys(graph: Graph): Promise<string[]> {
  const rows = await graph.read<{ key: string }>('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey AS key ORDER BY key');
  return rows.map((r) => r.key);
}
