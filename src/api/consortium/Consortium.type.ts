import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Fact } from '../common/Fact.type';
import { PageInfo } from '../common/PageInfo.type';
import { Organization } from '../organization/Organization.type';
import { Entity, EntityKind } from '../entity/Entity.type';

/** Role of an organisation in a consortium. */
export enum MemberRole {
  LEADER = 'LEADER',
  MEMBER = 'MEMBER',
}
registerEnumType(MemberRole, { name: 'MemberRole', description: 'How an organisation sits in a consortium.' });

/** A consortium, joint venture, alliance or selected team. */
@ObjectType({ implements: Entity, description: 'A consortium, joint venture, alliance or selected team.' })
export class Consortium extends Entity {
  override entityKind = EntityKind.Consortium;

  @Field(() => Int, { nullable: true, description: 'Member count the articles state ("a nine-company consortium" → 9), even when fewer are named.' })
  statedMemberCount!: number | null;

  @Field(() => String, { nullable: true, description: 'Latest stated status (selected, eliminated, advanced), when any.' })
  status!: string | null;
}

/** One membership: an organisation in a consortium, with its role and evidence. */
@ObjectType({ description: 'A member of a consortium, with its role and the sentences that say so.' })
export class ConsortiumMemberEdge extends Fact {
  @Field({ description: 'Opaque cursor of this edge.' })
  cursor!: string;

  @Field(() => Organization, { description: 'The member organisation.' })
  node!: Organization;

  @Field(() => MemberRole, { description: 'LEADER for the organisation that leads it, else MEMBER.' })
  role!: MemberRole;
}

/** Relay connection over a consortium's members. */
@ObjectType({ description: 'Members of a consortium, leader first.' })
export class ConsortiumMemberConnection {
  @Field(() => [ConsortiumMemberEdge], { description: 'This page of members.' })
  edges!: ConsortiumMemberEdge[];

  @Field(() => PageInfo, { description: 'Paging state.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of named members in the graph.' })
  totalCount!: number;
}

/** A consortium an organisation belongs to, seen from the organisation. */
@ObjectType({ description: 'A consortium an organisation sits in, with its role and evidence.' })
export class OrganizationMembership extends Fact {
  @Field(() => Consortium, { description: 'The consortium.' })
  consortium!: Consortium;

  @Field(() => MemberRole, { description: 'LEADER or MEMBER.' })
  role!: MemberRole;
}
