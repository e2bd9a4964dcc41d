import { Field, ObjectType } from 'type-graphql';

/** Relay page information. */
@ObjectType({ description: 'Relay cursor-pagination state of a connection.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass as `after` for the next page.' })
  endCursor!: string | null;
}
