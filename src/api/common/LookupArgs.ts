import { MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { Max, Min } from 'class-validator';

/** `name: String!` of the by-name lookups. */
@ArgsType()
export class NameArgs {
  @Field({ description: 'Canonical name or any alias, any case.' })
  @MinLength(1)
  @MaxLength(200)
  name!: string;
}

/** Relay paging arguments of a connection field. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 100 (default 20).' })
  @Min(0)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @MaxLength(100)
  after?: string;
}
