import type { InitiativeDetails } from '../api/entityQuery';
import { entityLink, entityLinks } from '../components/entityLink';
import { fundingList } from '../components/fundingList';
import { factTable, section } from '../components/section';
import { emptyState } from '../components/status';
import { h } from '../dom';

/** The initiative view: who launched it, its consortia, focus areas and funding. */
export function initiativeView(i: InitiativeDetails): HTMLElement[] {
  return [
    section(
      'At a glance',
      factTable([
        ['Launched by', entityLinks(i.governments, 'not stated')],
        ['Started', i.startDate ?? '—'],
        ['Status', i.status ?? '—'],
        ['Focus', entityLinks(i.focusAreas, '—')],
      ]),
    ),
    section(`Consortia (${i.consortia.length})`, i.consortia.length ? h('ul', { class: 'plain-list' }, i.consortia.map((c) => h('li', {}, entityLink(c)))) : emptyState('No consortia recorded.')),
    section('Funding', fundingList(i.funding)),
  ];
}
