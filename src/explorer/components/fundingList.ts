import type { FundingLink } from '../api/types';
import { h } from '../dom';
import { formatAmount, formatUsd } from '../format';
import { entityLinks } from './entityLink';
import { evidenceList } from './evidenceList';
import { emptyState } from './status';

/** Sum of the USD amounts of some commitments and how many lack one. */
export function totalUsd(links: FundingLink[]): { total: number; withoutUsd: number } {
  let total = 0;
  let withoutUsd = 0;
  for (const { funding } of links) {
    if (funding.amountUsd === null) withoutUsd += 1;
    else total += funding.amountUsd;
  }
  return { total, withoutUsd };
}

/** Funding commitments: amount as written, USD, who gives to whom, and the evidence. */
export function fundingList(links: FundingLink[]): HTMLElement {
  if (links.length === 0) return emptyState('No funding recorded.');
  return h(
    'ul',
    { class: 'facts' },
    links.map(({ funding, evidence }) =>
      h(
        'li',
        { class: 'fact' },
        h(
          'p',
          { class: 'fact-head' },
          h('strong', {}, funding.text ?? formatAmount(funding.amount, funding.currency)),
          ` — ${formatAmount(funding.amount, funding.currency)}`,
          funding.amountUsd !== null ? ` ≈ ${formatUsd(funding.amountUsd)}` : ' (no USD figure)',
          funding.usdSource ? h('span', { class: 'muted' }, ` (USD from ${funding.usdSource})`) : '',
          funding.announced ? h('span', { class: 'muted' }, `, announced ${funding.announced}`) : '',
        ),
        h('p', { class: 'fact-meta' }, 'From ', ...entityLinks(funding.funders, 'an unnamed funder'), ' to ', ...entityLinks(funding.recipients, 'an unnamed recipient')),
        evidenceList(evidence),
      ),
    ),
  );
}
