import { Field, ID, InterfaceType, registerEnumType } from 'type-graphql';

/** The kinds of named entity (node labels of the ontology, Funding and Article aside). */
export enum EntityKind {
  Government = 'Government',
  Agency = 'Agency',
  Initiative = 'Initiative',
  Consortium = 'Consortium',
  Organization = 'Organization',
  FocusArea = 'FocusArea',
  Model = 'Model',
}
registerEnumType(EntityKind, { name: 'EntityKind', description: 'Kind (Neo4j label) of a named entity.' });

/** Fields every named entity has. */
@InterfaceType({ description: 'Any named entity of the graph.' })
export abstract class Entity {
  @Field(() => ID, { description: 'Stable id ("gov:JP", "org:softbank", "consortium:softbank-consortium").' })
  id!: string;

  @Field({ description: 'Canonical name.' })
  name!: string;

  @Field(() => [String], { description: 'Other names seen in articles.' })
  aliases!: string[];

  @Field(() => EntityKind, { description: 'What kind of entity this is (its Neo4j label).' })
  entityKind!: EntityKind;
}
