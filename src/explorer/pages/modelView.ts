import type { ModelDetails } from '../api/entityQuery';
import { entityLink } from '../components/entityLink';
import { section } from '../components/section';
import { emptyState } from '../components/status';
import { h } from '../dom';

/** The model view: who develops it. */
export function modelView(m: ModelDetails): HTMLElement[] {
  return [section('Developed by', m.developers.length ? h('ul', { class: 'plain-list' }, m.developers.map((d) => h('li', {}, entityLink(d, { badge: true })))) : emptyState('No developer recorded.'))];
}
