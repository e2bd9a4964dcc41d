import { requestGraphQL } from './request';

/** Funding of one country, focus area or year. */
export interface FundingBucket {
  key: string;
  label: string;
  totalUsd: number;
  count: number;
  withoutUsd: number;
}

/** A consortium in the "largest" table. */
export interface ConsortiumRow {
  memberCount: number;
  fundingUsd: number;
  node: { id: string; name: string; statedMemberCount: number | null; status: string | null };
}

/** What the dashboard shows. */
export interface DashboardData {
  byCountry: FundingBucket[];
  byFocus: FundingBucket[];
  byYear: FundingBucket[];
  largest: ConsortiumRow[];
}

const BUCKET = 'key label totalUsd count withoutUsd';

const DASHBOARD = `query Dashboard {
  byCountry: fundingSummary(groupBy: COUNTRY) { ${BUCKET} }
  byFocus: fundingSummary(groupBy: FOCUS) { ${BUCKET} }
  byYear: fundingSummary(groupBy: YEAR) { ${BUCKET} }
  consortia(orderBy: {field: MEMBER_COUNT}, first: 10) {
    edges { memberCount fundingUsd node { id name statedMemberCount status } }
  }
}`;

/** Funding totals by country, focus and year, and the largest consortia, in one request. */
export async function fetchDashboard(): Promise<DashboardData> {
  const data = await requestGraphQL<Omit<DashboardData, 'largest'> & { consortia: { edges: ConsortiumRow[] } }>(DASHBOARD);
  return { byCountry: data.byCountry, byFocus: data.byFocus, byYear: data.byYear, largest: data.consortia.edges };
}
