import type { OrganizationDetails } from '../api/entityQuery';
import { entityLink, entityLinks } from '../components/entityLink';
import { evidenceList } from '../components/evidenceList';
import { fundingList } from '../components/fundingList';
import { factTable, section } from '../components/section';
import { emptyState } from '../components/status';
import { h } from '../dom';

/** The organisation view: its consortia with role and evidence, initiatives, models, funding both ways. */
export function organizationView(o: OrganizationDetails): HTMLElement[] {
  return [
    section(
      'At a glance',
      factTable([
        ['Kind', o.kind ?? '—'],
        ['Country', o.homeCountry ?? '—'],
        ['Initiatives', entityLinks(o.initiatives, 'none recorded')],
        ['Models', entityLinks(o.models, 'none recorded')],
      ]),
    ),
    section(
      `Consortia (${o.consortia.length})`,
      o.consortia.length
        ? h(
            'ul',
            { class: 'facts' },
            o.consortia.map((m) =>
              h('li', { class: 'fact' }, h('p', { class: 'fact-head' }, entityLink(m.consortium), ' ', h('span', { class: `role role-${m.role.toLowerCase()}` }, m.role === 'LEADER' ? 'Leader' : 'Member')), evidenceList(m.evidence)),
            ),
          )
        : emptyState('Not a member of any consortium in the graph.'),
    ),
    section('Funding received', fundingList(o.funding)),
    section('Funding provided', fundingList(o.fundingProvided)),
  ];
}
