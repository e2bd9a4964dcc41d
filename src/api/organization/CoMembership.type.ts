import { Field, ObjectType } from 'type-graphql';
import { Fact } from '../common/Fact.type';
import { Consortium } from '../consortium/Consortium.type';
import { Organization } from './Organization.type';

/** Another organisation sharing a consortium, and which one. */
@ObjectType({ description: 'An organisation that shares a consortium with the one asked about, with the membership evidence of both.' })
export class CoMembership extends Fact {
  @Field(() => Organization, { description: 'The other organisation.' })
  organization!: Organization;

  @Field(() => Consortium, { description: 'The consortium they share.' })
  consortium!: Consortium;
}
