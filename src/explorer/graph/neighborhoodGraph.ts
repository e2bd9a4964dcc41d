import cytoscape from 'cytoscape';
import { fetchNeighborhood, type GraphNode, type Subgraph } from '../api/neighborhoodQuery';
import { errorState } from '../components/status';
import { h, replaceChildren } from '../dom';
import { colorOfKind, kindName } from '../kindColors';
import { entityHref } from '../router';
import { GRAPH_STYLE } from './graphStyle';

declare global {
  interface Window {
    /** The graph on screen, for tests and the curious (`__cy.nodes()`). */
    __cy?: cytoscape.Core;
  }
}

// Funding and Article nodes are not entities: they can be expanded but have no page.
const OPENABLE = new Set(['Government', 'Agency', 'Initiative', 'Consortium', 'Organization', 'FocusArea', 'Model']);

let current: cytoscape.Core | undefined;

/** Destroys the graph on screen, if any (the router calls this on every page change). */
export function disposeGraph(): void {
  current?.destroy();
  current = undefined;
  window.__cy = undefined;
}

/**
 * Draws the neighborhood of an entity into a section: nodes colored by label,
 * edges named by relationship type. Tapping a node expands it (its own
 * neighborhood is fetched and merged); the side panel and the node list below
 * open or expand nodes from the keyboard too.
 */
export function createNeighborhoodGraph(centerId: string): HTMLElement {
  const canvas = h('div', { class: 'graph-canvas', id: 'graph', 'aria-hidden': 'true' });
  const statusLine = h('p', { class: 'graph-status', role: 'status', 'aria-live': 'polite' }, 'Loading the neighborhood…');
  const legend = h('ul', { class: 'legend', 'aria-label': 'Colors by kind' });
  const selection = h('div', { class: 'graph-selection' });
  const nodeList = h('ul', { class: 'graph-node-list' });
  const section = h(
    'section',
    { class: 'panel graph-panel', 'aria-labelledby': 'graph-title' },
    h('h2', { id: 'graph-title' }, 'Neighborhood'),
    h('p', { class: 'muted hint' }, 'Click a node to expand it; double-click, or use the buttons, to open its page.'),
    canvas,
    statusLine,
    legend,
    selection,
    h('details', { class: 'graph-nodes' }, h('summary', {}, 'Nodes in view (keyboard)'), nodeList),
  );

  const expanded = new Set<string>();
  // Cytoscape measures its container when created: it is created once the section is in the page.
  let cy!: cytoscape.Core;

  // Rings around the centre by hop distance: labels stay apart and the centre stays put as nodes are merged in.
  const relayout = () => {
    const hops = new Map<string, number>();
    cy.elements().bfs({ roots: cy.getElementById(centerId), visit: (node, _edge, _prev, _i, depth) => void hops.set(node.id(), depth) });
    const far = Math.max(0, ...hops.values()) + 1;
    cy.layout({
      name: 'concentric',
      animate: false,
      padding: 30,
      minNodeSpacing: 60,
      spacingFactor: 1.6,
      concentric: (node: cytoscape.NodeSingular) => far - (hops.get(node.id()) ?? far),
      levelWidth: () => 1,
    }).run();
    // A few nodes would otherwise be blown up to fill the canvas.
    if (cy.zoom() > 1.1) {
      cy.zoom(1.1);
      cy.center();
    }
  };

  const merge = (sub: Subgraph) => {
    const fresh: cytoscape.ElementDefinition[] = [];
    for (const n of sub.nodes) {
      if (cy.getElementById(n.id).empty()) fresh.push({ group: 'nodes', data: { id: n.id, name: n.name, label: n.label, color: colorOfKind(n.label) } });
    }
    for (const e of sub.edges) {
      if (cy.getElementById(e.id).empty()) fresh.push({ group: 'edges', data: { id: e.id, source: e.from, target: e.to, type: e.type } });
    }
    cy.add(fresh);
    return fresh.filter((el) => el.group === 'nodes').length;
  };

  const nodeOf = (id: string): GraphNode => {
    const n = cy.getElementById(id);
    return { id, name: n.data('name'), label: n.data('label') };
  };

  const expand = async (id: string) => {
    if (expanded.has(id)) return;
    expanded.add(id);
    statusLine.textContent = `Expanding ${nodeOf(id).name}…`;
    try {
      const sub = await fetchNeighborhood(id);
      if (cy.destroyed()) return;
      const added = sub ? merge(sub) : 0;
      cy.getElementById(id).data('expanded', true);
      if (added > 0) relayout();
      statusLine.textContent = `${nodeOf(id).name}: ${added === 0 ? 'no new neighbours' : `${added} new node${added === 1 ? '' : 's'}`}. ${cy.nodes().length} nodes in view.`;
      renderLegend();
      renderNodeList();
    } catch (error) {
      expanded.delete(id);
      statusLine.textContent = '';
      replaceChildren(selection, errorState(error));
    }
  };

  const open = (node: GraphNode) => {
    if (OPENABLE.has(node.label)) window.location.hash = entityHref(node.id);
  };

  const actions = (node: GraphNode) => [
    h('button', { type: 'button', class: 'button', onclick: () => void expand(node.id), disabled: expanded.has(node.id) }, expanded.has(node.id) ? 'Expanded' : 'Expand'),
    OPENABLE.has(node.label) ? h('a', { class: 'button', href: entityHref(node.id) }, 'Open page') : null,
  ];

  const renderSelection = (node: GraphNode) => {
    replaceChildren(selection, h('p', {}, h('strong', {}, node.name), ` (${kindName(node.label)}) `, actions(node)));
  };

  const renderLegend = () => {
    const labels = [...new Set(cy.nodes().map((n) => n.data('label') as string))].sort();
    replaceChildren(
      legend,
      labels.map((label) => h('li', {}, h('span', { class: 'legend-dot', style: `background: ${colorOfKind(label)}` }), kindName(label))),
    );
  };

  const renderNodeList = () => {
    const nodes = cy.nodes().map((n) => nodeOf(n.id())).sort((a, b) => a.name.localeCompare(b.name));
    replaceChildren(nodeList, nodes.map((node) => h('li', {}, h('span', {}, node.name, ` (${kindName(node.label)}) `), actions(node))));
  };

  const mount = () => {
    cy = cytoscape({ container: canvas, style: GRAPH_STYLE, minZoom: 0.2, maxZoom: 3, wheelSensitivity: 0.3 });
    disposeGraph();
    current = cy;
    window.__cy = cy;
    cy.on('tap', 'node', (event) => {
      const node = nodeOf(event.target.id());
      renderSelection(node);
      void expand(node.id).then(() => renderSelection(node));
    });
    cy.on('dbltap', 'node', (event) => open(nodeOf(event.target.id())));
  };

  // First load: the centre's neighborhood, once the section is in the page and has a size.
  requestAnimationFrame(async () => {
    if (!canvas.isConnected) return;
    try {
      mount();
      const sub = await fetchNeighborhood(centerId);
      if (cy.destroyed()) return;
      if (!sub || sub.nodes.length === 0) {
        statusLine.textContent = 'Nothing to draw: this entity has no neighbours in the graph.';
        return;
      }
      merge(sub);
      expanded.add(centerId);
      cy.getElementById(centerId).data({ center: true, expanded: true });
      relayout();
      statusLine.textContent = `${cy.nodes().length} nodes, ${cy.edges().length} relationships.`;
      renderLegend();
      renderNodeList();
    } catch (error) {
      statusLine.textContent = '';
      replaceChildren(selection, errorState(error));
    }
  });
  return section;
}
