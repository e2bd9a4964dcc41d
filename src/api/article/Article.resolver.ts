import { Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { articleFacts, getArticle, listArticles } from '../../graph';
import { ArticleRef } from '../common/Evidence.type';
import { Fact } from '../common/Fact.type';
import { PageArgs } from '../common/LookupArgs';
import { PageInfo } from '../common/PageInfo.type';
import type { ApiContext } from '../context';
import { orApiError } from '../errors';
import { GraphNode } from '../graphview/GraphView.type';
import { connectionOf, pageWindow } from '../common/paginate';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

@ObjectType({ description: 'An ingested source article.' })
class Article extends ArticleRef {
  @Field(() => String, { nullable: true, description: 'When it was ingested (ISO date-time).' })
  ingestedAt!: string | null;
}

@ObjectType({ description: 'A fact (relationship) an article states.' })
class ArticleFact extends Fact {
  @Field({ description: 'Relationship type.' })
  type!: string;

  @Field(() => GraphNode, { description: 'Start of the relationship.' })
  from!: GraphNode;

  @Field(() => GraphNode, { description: 'End of the relationship.' })
  to!: GraphNode;
}

@InputType({ description: 'Filters of the article list.' })
class ArticleFilterInput {
  @Field({ nullable: true, description: 'Exact publisher name.' })
  @Length(1, 200)
  publisher?: string;

  @Field({ nullable: true, description: 'Published on or after (YYYY[-MM[-DD]]).' })
  @Matches(ISO_DATE)
  since?: string;

  @Field({ nullable: true, description: 'Published on or before (YYYY[-MM[-DD]]).' })
  @Matches(ISO_DATE)
  until?: string;
}

@ArgsType()
class ArticlesArgs extends PageArgs {
  @Field(() => ArticleFilterInput, { nullable: true, description: 'Filters.' })
  @ValidateNested()
  where?: ArticleFilterInput;
}

@ArgsType()
class ArticleArgs {
  @Field(() => ID, { description: 'Article id (content hash).' })
  @MaxLength(64)
  id!: string;
}

@ObjectType({ description: 'An article in a list.' })
class ArticleEdge {
  @Field({ description: 'Opaque cursor.' })
  cursor!: string;

  @Field(() => Article, { description: 'The article.' })
  node!: Article;
}

@ObjectType({ description: 'A page of articles, newest first.' })
class ArticleConnection {
  @Field(() => [ArticleEdge], { description: 'This page.' })
  edges!: ArticleEdge[];

  @Field(() => PageInfo, { description: 'Paging state.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Articles matching the filters.' })
  totalCount!: number;
}

/** Source articles: list, one with its sentences, and the facts it states. */
@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, { description: 'Ingested articles, newest first.' })
  async articles(@Args() { where, first, after }: ArticlesArgs, @Ctx() ctx: ApiContext): Promise<ArticleConnection> {
    const { offset, limit } = pageWindow(first, after);
    const { total, rows } = await orApiError(listArticles(ctx.graph, where ?? {}, offset, limit, { timeoutMs: ctx.timeoutMs }));
    return connectionOf(rows, offset, limit, total, (row, cursor) => ({ cursor, node: Object.assign(new Article(), row) }));
  }

  @Query(() => Article, { nullable: true, description: 'One article by id.' })
  async article(@Args() { id }: ArticleArgs, @Ctx() ctx: ApiContext): Promise<Article | null> {
    const found = await orApiError(getArticle(ctx.graph, id, { timeoutMs: ctx.timeoutMs }));
    return found ? Object.assign(new Article(), found.article) : null;
  }

  @FieldResolver(() => [String], { description: 'The article text, sentence by sentence (evidence indexes point here).' })
  async sentences(@Root() article: Article, @Ctx() ctx: ApiContext): Promise<string[]> {
    const found = await orApiError(getArticle(ctx.graph, article.id, { timeoutMs: ctx.timeoutMs }));
    return found?.sentences ?? [];
  }

  @FieldResolver(() => [ArticleFact], { description: 'The relationships this article states, with its sentences as evidence.' })
  async facts(@Root() article: Article, @Ctx() ctx: ApiContext): Promise<ArticleFact[]> {
    const rows = await orApiError(articleFacts(ctx.graph, article.id, { timeoutMs: ctx.timeoutMs }));
    return rows.map((r) =>
      Object.assign(new ArticleFact(), {
        type: r.type,
        from: Object.assign(new GraphNode(), { id: r.from.id, label: r.from.label, name: r.from.name ?? r.from.id }),
        to: Object.assign(new GraphNode(), { id: r.to.id, label: r.to.label, name: r.to.name ?? r.to.id }),
        sources: [article.id],
        evidenceKeys: r.evidence,
      }),
    );
  }
}
