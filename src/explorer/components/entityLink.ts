import type { EntityRef } from '../api/types';
import { h } from '../dom';
import { entityHref } from '../router';
import { kindBadge } from './kindBadge';

/** A link to an entity's page, with its kind badge when known. */
export function entityLink(entity: EntityRef, options: { badge?: boolean } = {}): HTMLElement {
  const link = h('a', { href: entityHref(entity.id) }, entity.name);
  return options.badge && entity.entityKind ? h('span', { class: 'entity-link' }, link, ' ', kindBadge(entity.entityKind)) : link;
}

/** Links separated by commas, or the fallback text when there are none. */
export function entityLinks(entities: EntityRef[], fallback = '—'): (Node | string)[] {
  if (entities.length === 0) return [fallback];
  return entities.flatMap((e, i) => (i === 0 ? [entityLink(e)] : [', ', entityLink(e)]));
}
