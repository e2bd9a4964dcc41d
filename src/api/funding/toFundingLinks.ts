import { factFields } from '../common/Fact.type';
import { fromNode } from '../common/nodes';
import type { Neighbour } from '../loaders';
import { Funding, FundingLink } from './Funding.type';

/** FundingLinks (with lazy evidence) from Funding neighbours of an entity. */
export function toFundingLinks(rows: Neighbour[]): FundingLink[] {
  return rows.map((r) => Object.assign(new FundingLink(), factFields(r.rel), { funding: fromNode(Funding, r.node) }));
}
