import type { GovernmentDetails } from '../api/entityQuery';
import { entityLink, entityLinks } from '../components/entityLink';
import { fundingList, totalUsd } from '../components/fundingList';
import { factTable, section } from '../components/section';
import { emptyState } from '../components/status';
import { h } from '../dom';
import { formatUsd, plural } from '../format';

/** The government view: totals, initiatives, consortia, agencies and each funding commitment with its evidence. */
export function governmentView(g: GovernmentDetails): HTMLElement[] {
  const { total, withoutUsd } = totalUsd(g.funding);
  const list = (items: HTMLElement[], empty: string) => (items.length ? h('ul', { class: 'plain-list' }, items) : emptyState(empty));
  return [
    section(
      'At a glance',
      factTable([
        ['Country', g.country],
        ['Funding committed', g.funding.length ? `${formatUsd(total)} in ${plural(g.funding.length, 'commitment')}` : 'none recorded'],
        ['Without a USD figure', String(withoutUsd)],
        ['Agencies', entityLinks(g.agencies, 'none recorded')],
      ]),
    ),
    section(
      `Initiatives (${g.initiatives.length})`,
      list(
        g.initiatives.map((i) => h('li', {}, entityLink(i), i.startDate ? h('span', { class: 'muted' }, ` since ${i.startDate}`) : '', i.status ? h('span', { class: 'muted' }, ` · ${i.status}`) : '')),
        'No initiatives recorded.',
      ),
    ),
    section(
      `Consortia (${g.consortia.length})`,
      list(
        g.consortia.map((c) => h('li', {}, entityLink(c), c.statedMemberCount ? h('span', { class: 'muted' }, ` · ${c.statedMemberCount} members stated`) : '', c.status ? h('span', { class: 'muted' }, ` · ${c.status}`) : '')),
        'No consortia recorded.',
      ),
    ),
    section('Funding', fundingList(g.funding)),
  ];
}
