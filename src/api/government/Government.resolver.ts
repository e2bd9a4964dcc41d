import { MaxLength, MinLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { findEntityByName } from '../../graph';
import { loadRelated } from '../common/loadRelated';
import { fromNode } from '../common/nodes';
import type { ApiContext } from '../context';
import { toApiError } from '../errors';
import { FundingLink } from '../funding/Funding.type';
import { toFundingLinks } from '../funding/toFundingLinks';
import { Consortium } from '../consortium/Consortium.type';
import { Agency, Initiative } from '../initiative/Initiative.type';
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

  @FieldResolver(() => [Agency], { description: 'Its ministries and public bodies.' })
  async agencies(@Root() government: Government, @Ctx() ctx: ApiContext): Promise<Agency[]> {
    const rows = await loadRelated(ctx, 'Government', government.id, 'PART_OF', 'in', 'Agency');
    return rows.map((r) => fromNode(Agency, r.node));
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives it launched.' })
  async initiatives(@Root() government: Government, @Ctx() ctx: ApiContext): Promise<Initiative[]> {
    const rows = await loadRelated(ctx, 'Government', government.id, 'LAUNCHED', 'out', 'Initiative');
    return rows.map((r) => fromNode(Initiative, r.node));
  }

  @FieldResolver(() => [Consortium], { description: 'Consortia in its initiatives or funded by it.' })
  async consortia(@Root() government: Government, @Ctx() ctx: ApiContext): Promise<Consortium[]> {
    const [initiatives, provided] = await Promise.all([
      loadRelated(ctx, 'Government', government.id, 'LAUNCHED', 'out', 'Initiative'),
      loadRelated(ctx, 'Government', government.id, 'PROVIDED', 'out', 'Funding'),
    ]);
    const viaInitiatives = await Promise.all(initiatives.map((i) => loadRelated(ctx, 'Initiative', i.node.id, 'PART_OF', 'in', 'Consortium')));
    const viaFunding = await Promise.all(provided.map((f) => loadRelated(ctx, 'Funding', f.node.id, 'TO', 'out', 'Consortium')));
    const unique = new Map([...viaInitiatives.flat(), ...viaFunding.flat()].map((r) => [r.node.id, r.node]));
    return [...unique.values()].map((n) => fromNode(Consortium, n)).sort((a, b) => a.name.localeCompare(b.name));
  }

  @FieldResolver(() => [FundingLink], { description: 'Funding this government provided.' })
  async funding(@Root() government: Government, @Ctx() ctx: ApiContext): Promise<FundingLink[]> {
    const rows = await loadRelated(ctx, 'Government', government.id, 'PROVIDED', 'out', 'Funding');
    return toFundingLinks(rows);
  }
}
