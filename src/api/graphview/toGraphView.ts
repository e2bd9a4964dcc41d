import type { EdgeRow, NodeRow } from '../../graph';
import { factFields } from '../common/Fact.type';
import { GraphEdge, GraphNode } from './GraphView.type';

/** A stored node as a drawable GraphNode. */
export function toGraphNode(row: NodeRow): GraphNode {
  const p = row.props;
  const label = row.labels[0] ?? 'Node';
  const name = (p.name as string | undefined) ?? (p.text as string | undefined) ?? (p.amount !== undefined ? `${p.amount} ${p.currency ?? ''}`.trim() : p.id);
  return Object.assign(new GraphNode(), { id: p.id, label, name });
}

/** A stored relationship as a drawable GraphEdge with lazy evidence. */
export function toGraphEdge(row: EdgeRow): GraphEdge {
  return Object.assign(new GraphEdge(), factFields(row.props), {
    id: `${row.from}-${row.type}->${row.to}`,
    type: row.type,
    from: row.from,
    to: row.to,
  });
}
