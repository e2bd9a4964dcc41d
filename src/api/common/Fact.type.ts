import { Ctx, Field, ObjectType } from 'type-graphql';
import type { ApiContext } from '../context';
import type { EvidenceRow } from '../loaders';
import { Evidence } from './Evidence.type';

/** Shared shape of every relationship exposed by the API: where it comes from. */
// Not referenced by any field, so the schema never emits it: it only lends its fields.
@ObjectType()
export abstract class Fact {
  @Field(() => [String], { description: 'Ids of the articles that state this fact.' })
  sources!: string[];

  /** "articleId:sentenceIndex" keys, resolved lazily into Evidence. */
  evidenceKeys!: string[];

  @Field(() => [Evidence], { description: 'The sentences that state this fact, with their articles.' })
  async evidence(@Ctx() ctx: ApiContext): Promise<Evidence[]> {
    const rows = await ctx.loaders.evidence.loadMany(this.evidenceKeys);
    return rows.filter((r): r is EvidenceRow => r !== null && !(r instanceof Error));
  }
}

/** Copies provenance from stored relationship properties onto a Fact. */
export function factFields(rel: { sources?: string[]; evidence?: string[] }): Pick<Fact, 'sources' | 'evidenceKeys'> {
  return { sources: rel.sources ?? [], evidenceKeys: rel.evidence ?? [] };
}
