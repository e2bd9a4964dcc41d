import { MaxLength, MinLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { findEntityByName } from '../../graph';
import { factFields } from '../common/Fact.type';
import { loadRelated } from '../common/loadRelated';
import { fromNode } from '../common/nodes';
import type { ApiContext } from '../context';
import { toApiError } from '../errors';
import { Funding, FundingLink } from '../funding/Funding.type';
import { Government } from './Government.type';

@ArgsType()
class GovernmentArgs {
  @Field({ description: 'ISO 3166 alpha-2 code ("JP", "EU") or name ("Japan"), any case.' })
  @MinLength(2)
  @MaxLength(100)
  country!: string;
}

/** Government lookups and the government's relationships. */
@Resolver(() => Government)
export class GovernmentResolver {
  @Query(() => Government, { nullable: true, description: 'A government by ISO code or name.' })
  async government(@Args() { country }: GovernmentArgs, @Ctx() ctx: ApiContext): Promise<Government | null> {
    const options = { timeoutMs: ctx.timeoutMs };
    try {
      if (/^[a-z]{2}$/i.test(country.trim())) {
        const rows = await ctx.graph.read<{ props: Record<string, unknown> }>(
          'MATCH (g:Government {id: $id}) RETURN properties(g) AS props',
          { id: `gov:${country.trim().toUpperCase()}` },
          options,
        );
        if (rows[0]) return fromNode(Government, rows[0].props);
      }
      const props = await findEntityByName(ctx.graph, 'Government', country, options);
      return props ? fromNode(Government, props) : null;
    } catch (error) {
      throw toApiError(error);
    }
  }

  @FieldResolver(() => [FundingLink], { description: 'Funding this government provided.' })
  async funding(@Root() government: Government, @Ctx() ctx: ApiContext): Promise<FundingLink[]> {
    const rows = await loadRelated(ctx, 'Government', government.id, 'PROVIDED', 'out', 'Funding');
    return rows.map((r) => Object.assign(new FundingLink(), factFields(r.rel), { funding: fromNode(Funding, r.node) }));
  }
}
