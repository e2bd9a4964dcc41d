import { IsOptional, IsUrl, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { labelOfId, NODE_FIELDS } from '../../graph';
import { addAlias, CurationError, ingestArticleInput, mergeEntities, retractArticle } from '../../ingest';
import type { ApiContext } from '../context';
import { ApiError, ErrorCode, toApiError } from '../errors';
import { Entity } from '../entity/Entity.type';
import { kindOfId, toEntity } from '../entity/entityTypes';

@InputType({ description: 'An article to ingest: its text and citation fields.' })
class ArticleInputData {
  @Field({ description: 'Headline.' })
  @Length(1, 300)
  title!: string;

  @Field({ description: 'Plain text of the article.' })
  @MinLength(1)
  @MaxLength(2 * 1024 * 1024)
  body!: string;

  @Field({ nullable: true, description: 'Source URL.' })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  url?: string;

  @Field({ nullable: true, description: 'Publication date YYYY-MM-DD.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  published?: string;

  @Field({ nullable: true, description: 'Publisher name.' })
  @IsOptional()
  @Length(1, 200)
  publisher?: string;
}

@ObjectType({ description: 'What ingesting one article did.' })
class IngestArticleResult {
  @Field(() => ID, { description: 'Id (content hash) of the article.' })
  articleId!: string;

  @Field({ description: 'new, changed or unchanged.' })
  status!: string;

  @Field(() => Int, { description: 'Entities extracted.' })
  entities!: number;

  @Field(() => Int, { description: 'Relationships extracted.' })
  relationships!: number;

  @Field(() => Int, { description: 'Nodes created in the graph.' })
  nodesCreated!: number;

  @Field(() => Int, { description: 'Relationships created in the graph.' })
  relationshipsCreated!: number;
}

@ArgsType()
class MergeArgs {
  @Field(() => ID, { description: 'Id of the entity that stays.' })
  @MaxLength(300)
  keep!: string;

  @Field(() => ID, { description: 'Id of the entity folded into it (its name becomes an alias).' })
  @MaxLength(300)
  remove!: string;
}

@ArgsType()
class AliasArgs {
  @Field(() => ID, { description: 'Entity id.' })
  @MaxLength(300)
  id!: string;

  @Field({ description: 'Another name for it.' })
  @Length(1, 200)
  alias!: string;
}

function requireWriter(ctx: ApiContext): void {
  if (!ctx.canWrite) {
    throw new ApiError(ErrorCode.UNAUTHENTICATED, 'this mutation needs an API key: send `Authorization: Bearer <key>` (keys are configured by SOVGRAPH_API_KEY_HASHES)');
  }
}

async function loadEntity(ctx: ApiContext, id: string): Promise<Entity | null> {
  const kind = kindOfId(id);
  if (!kind) return null;
  const rows = await ctx.graph.read<{ props: Record<string, unknown> }>(`MATCH (n:${kind} {id: $id}) RETURN ${NODE_FIELDS} AS props`, { id });
  return rows[0] ? toEntity(kind, rows[0].props) : null;
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CurationError) throw new ApiError(ErrorCode.BAD_USER_INPUT, error.message);
    throw toApiError(error);
  }
}

/** Curation: writes that need an API key. */
@Resolver()
export class CurationResolver {
  @Mutation(() => IngestArticleResult, { description: 'Ingests one article (one transaction). Needs an API key.' })
  async ingestArticle(@Arg('input', () => ArticleInputData, { description: 'The article: title, body and citation fields.' }) input: ArticleInputData, @Ctx() ctx: ApiContext): Promise<IngestArticleResult> {
    requireWriter(ctx);
    const { article, facts, write } = await guarded(() =>
      ingestArticleInput(ctx.graph, { ...input, origin: `api:${input.url ?? input.title}` }),
    );
    return {
      articleId: article.id,
      status: write.status,
      entities: facts.entities.length,
      relationships: facts.relations.length,
      nodesCreated: write.nodesCreated,
      relationshipsCreated: write.relationshipsCreated,
    };
  }

  @Mutation(() => Boolean, { description: 'Removes an article and every fact only it stated; false for an unknown id. Needs an API key.' })
  async retractArticle(@Arg('id', () => ID, { description: 'Id (content hash) of the article to retract.' }) id: string, @Ctx() ctx: ApiContext): Promise<boolean> {
    requireWriter(ctx);
    return (await guarded(() => retractArticle(ctx.graph, id))).found;
  }

  @Mutation(() => Entity, { description: 'Folds `remove` into `keep` (same kind): relationships and provenance move, the name becomes an alias. Needs an API key.' })
  async mergeEntities(@Args() { keep, remove }: MergeArgs, @Ctx() ctx: ApiContext): Promise<Entity> {
    requireWriter(ctx);
    await guarded(() => mergeEntities(ctx.graph, keep, remove));
    const kept = await loadEntity(ctx, keep);
    if (!kept) throw new ApiError(ErrorCode.NOT_FOUND, `no entity with id "${keep}"`);
    return kept;
  }

  @Mutation(() => Entity, { description: 'Adds another name to an entity. Needs an API key.' })
  async addAlias(@Args() { id, alias }: AliasArgs, @Ctx() ctx: ApiContext): Promise<Entity> {
    requireWriter(ctx);
    if (!labelOfId(id) || !(await guarded(() => addAlias(ctx.graph, id, alias)))) {
      throw new ApiError(ErrorCode.NOT_FOUND, `no entity with id "${id}"`);
    }
    return (await loadEntity(ctx, id))!;
  }
}
