import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { fundingSummary, graphStats } from '../../graph';
import type { ApiContext } from '../context';
import { orApiError } from '../errors';
import { FundingBucket, FundingGroup, GraphStats } from './Dashboard.type';

/** Aggregates for dashboards. */
@Resolver()
export class DashboardResolver {
  @Query(() => [FundingBucket], { description: 'Funding in USD with counts, grouped by country, focus area or year.' })
  async fundingSummary(
    @Arg('groupBy', () => FundingGroup, { description: 'COUNTRY, FOCUS or YEAR.' }) groupBy: FundingGroup,
    @Ctx() ctx: ApiContext,
  ): Promise<FundingBucket[]> {
    return orApiError(fundingSummary(ctx.graph, groupBy, { timeoutMs: ctx.timeoutMs }));
  }

  @Query(() => GraphStats, { description: 'Counts per label and relationship type, articles, last ingest.' })
  async stats(@Ctx() ctx: ApiContext): Promise<GraphStats> {
    const s = await orApiError(graphStats(ctx.graph, { timeoutMs: ctx.timeoutMs }));
    return {
      nodes: s.labels.map((l) => ({ name: l.label, count: l.count })),
      relationships: s.relationships.map((r) => ({ name: r.type, count: r.count })),
      articles: s.articles,
      lastIngestAt: s.lastIngestAt,
    };
  }
}
