import { h, type Child } from '../dom';

/** A titled panel of a page. */
export function section(title: string, ...children: (Child | Child[])[]): HTMLElement {
  return h('section', { class: 'panel' }, h('h2', {}, title), ...children);
}

/** A term/definition list of facts ("Leader: SoftBank"). */
export function factTable(rows: [string, Child | Child[]][]): HTMLElement {
  return h('dl', { class: 'fact-table' }, rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, ...[value].flat())]));
}
