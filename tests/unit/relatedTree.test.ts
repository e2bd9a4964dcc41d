import { hopCount, relatedTreeCypher, type Hop, type HopTree } from '../../src/graph/queries/relatedTree';

const hop = (over: Partial<Hop> = {}): Hop => ({ type: 'MEMBER_OF', direction: 'in', toLabel: 'Organization', evidence: false, children: { hops: [] }, ...over });

describe('relatedTreeCypher', () => {
  it('follows each hop in its direction and nests the children under the neighbour', () => {
    const tree: HopTree = { hops: [hop({ children: { hops: [hop({ type: 'PART_OF', direction: 'out', toLabel: 'Initiative' })] } })] };
    const cypher = relatedTreeCypher(tree, 'n');
    expect(cypher).toContain('MATCH (n)<-[r_0_0:MEMBER_OF]-(m_0_0:Organization)');
    expect(cypher).toContain('MATCH (m_0_0)-[r_1_0:PART_OF]->(m_1_0:Initiative)');
    expect(hopCount(tree)).toBe(2);
  });

  it('reads evidence only where asked, and only for the page when a window is given', () => {
    expect(relatedTreeCypher({ hops: [hop()] }, 'n')).not.toContain(':Article');
    const paged = relatedTreeCypher({ hops: [hop({ evidence: true, evidenceWindow: { offset: 20, limit: 10, firstIf: 'LEADS' } })] }, 'n');
    expect(paged).toContain('CASE WHEN i_0_0 >= 20 AND i_0_0 < 30');
    expect(paged).toContain('EXISTS { (n)<-[:LEADS]-(m_0_0) } DESC');
  });

  // Labels, types and window bounds are written into the statement text, so
  // anything outside the ontology must be refused before it gets there.
  it('refuses a relationship type, label or window that is not from the ontology', () => {
    expect(() => relatedTreeCypher({ hops: [hop({ type: 'KNOWS]->() DETACH DELETE (x' as never })] }, 'n')).toThrow(/invariant/);
    expect(() => relatedTreeCypher({ hops: [hop({ toLabel: 'Article' as never })] }, 'n')).toThrow(/invariant/);
    expect(() => relatedTreeCypher({ hops: [hop({ evidence: true, evidenceWindow: { offset: 0.5, limit: 10 } })] }, 'n')).toThrow(/invariant/);
    expect(() => relatedTreeCypher({ hops: [hop({ evidence: true, evidenceWindow: { offset: 0, limit: 10, firstIf: 'X' as never } })] }, 'n')).toThrow(/invariant/);
  });
});
