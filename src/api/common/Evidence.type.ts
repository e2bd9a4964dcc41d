import { Field, Int, ObjectType } from 'type-graphql';

/** Citation fields of a source article. */
@ObjectType({ description: 'A source article, as cited by evidence.' })
export class ArticleRef {
  @Field({ description: 'Content hash of the article text.' })
  id!: string;

  @Field({ description: 'Headline.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Where the article was published.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date (YYYY-MM-DD).' })
  published!: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher name.' })
  publisher!: string | null;
}

/** One sentence of one article that states a fact. */
@ObjectType({ description: 'Why the graph says so: the article and the sentence that state a fact.' })
export class Evidence {
  @Field(() => ArticleRef, { description: 'The article stating the fact.' })
  article!: ArticleRef;

  @Field(() => Int, { description: 'Index of the sentence in the article (0-based).' })
  sentenceIndex!: number;

  @Field(() => String, { nullable: true, description: 'The sentence text as ingested.' })
  sentence!: string | null;
}
