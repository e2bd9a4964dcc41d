import { h } from '../dom';
import { colorOfKind, kindName } from '../kindColors';

/** A small colored label naming an entity's kind. */
export function kindBadge(kind: string): HTMLElement {
  return h('span', { class: 'badge', style: `--kind-color: ${colorOfKind(kind)}`, 'data-kind': kind }, kindName(kind));
}
