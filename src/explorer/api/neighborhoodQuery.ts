import { requestGraphQL } from './request';

const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    nodes { id label name }
    edges { id type from to }
  }
}`;

/** A node to draw. */
export interface GraphNode {
  id: string;
  label: string;
  name: string;
}

/** A relationship to draw. */
export interface GraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
}

/** Nodes and edges around an entity. */
export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The nodes one hop around an entity and the edges among them; null for an unknown id. */
export async function fetchNeighborhood(id: string, limit = 60): Promise<Subgraph | null> {
  const data = await requestGraphQL<{ neighborhood: Subgraph | null }>(NEIGHBORHOOD, { id, depth: 1, limit });
  return data.neighborhood;
}
