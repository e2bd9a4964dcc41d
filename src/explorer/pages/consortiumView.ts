import type { ConsortiumDetails, MemberEdge } from '../api/entityQuery';
import { entityLink, entityLinks } from '../components/entityLink';
import { evidenceList } from '../components/evidenceList';
import { fundingList, totalUsd } from '../components/fundingList';
import { factTable, section } from '../components/section';
import { emptyState } from '../components/status';
import { h } from '../dom';
import { formatUsd, plural } from '../format';

/** "3 named of 9 stated": named members against the count the articles give. */
function memberCountText(named: number, stated: number | null): string {
  if (stated === null) return `${plural(named, 'named member')} (no count stated)`;
  if (stated > named) return `${named} named of ${stated} stated — ${stated - named} not named in the sources`;
  return `${plural(named, 'named member')} (${stated} stated)`;
}

function memberItem(edge: MemberEdge): HTMLElement {
  const detail = [edge.node.kind, edge.node.country].filter(Boolean).join(', ');
  return h(
    'li',
    { class: 'fact', 'data-member': edge.node.id },
    h(
      'p',
      { class: 'fact-head' },
      entityLink(edge.node),
      ' ',
      h('span', { class: `role role-${edge.role.toLowerCase()}` }, edge.role === 'LEADER' ? 'Leader' : 'Member'),
      detail ? h('span', { class: 'muted' }, ` ${detail}`) : '',
    ),
    evidenceList(edge.evidence),
  );
}

/**
 * The consortium view: leader, members with roles, stated against named
 * member count, initiatives and their governments, funding — each fact with
 * the sentence that states it.
 */
export function consortiumView(c: ConsortiumDetails): HTMLElement[] {
  const governments = [...new Map(c.initiatives.flatMap((i) => i.governments).map((g) => [g.id, g])).values()];
  const funders = [...new Map(c.funding.flatMap((f) => f.funding.funders).map((g) => [g.id, g])).values()];
  const { total, withoutUsd } = totalUsd(c.funding);
  const leaderEdge = c.members.edges.find((e) => e.role === 'LEADER');
  return [
    section(
      'At a glance',
      factTable([
        ['Leader', c.leader ? entityLink(c.leader) : 'not stated'],
        ['Members', memberCountText(c.members.totalCount, c.statedMemberCount)],
        ['Initiative', entityLinks(c.initiatives, 'none recorded')],
        ['Government', entityLinks(governments.length ? governments : funders, 'none recorded')],
        ['Funding', c.funding.length ? `${formatUsd(total)} in ${plural(c.funding.length, 'commitment')}${withoutUsd ? ` (${withoutUsd} without a USD figure)` : ''}` : 'none recorded'],
        ['Status', c.status ?? '—'],
        ['Focus', entityLinks(c.focusAreas, '—')],
        ['Models', entityLinks(c.models, '—')],
      ]),
      leaderEdge ? h('div', { class: 'leader-evidence' }, h('h3', {}, 'Why the leader'), evidenceList(leaderEdge.evidence)) : null,
    ),
    section(
      `Members (${c.members.totalCount})`,
      c.members.edges.length ? h('ul', { class: 'facts members' }, c.members.edges.map(memberItem)) : emptyState('No named members.'),
    ),
    section('Funding', fundingList(c.funding)),
  ];
}
