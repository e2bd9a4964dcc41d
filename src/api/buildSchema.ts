import 'reflect-metadata';
import { buildSchemaSync } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { ArticleResolver } from './article/Article.resolver';
import { ConsortiumResolver } from './consortium/Consortium.resolver';
import { CurationResolver } from './curation/Curation.resolver';
import { DashboardResolver } from './dashboard/Dashboard.resolver';
import { EntityResolver } from './entity/Entity.resolver';
import { ENTITY_TYPES } from './entity/entityTypes';
import { FundingResolver } from './funding/Funding.resolver';
import { GovernmentResolver } from './government/Government.resolver';
import { GraphViewResolver } from './graphview/GraphView.resolver';
import { InitiativeResolver } from './initiative/Initiative.resolver';
import { ModelResolver } from './model/Model.resolver';
import { OrganizationResolver } from './organization/Organization.resolver';

let schema: GraphQLSchema | undefined;

/** The GraphQL schema, built once per process from the type-graphql resolvers. */
export function buildSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [
      EntityResolver,
      GovernmentResolver,
      OrganizationResolver,
      ConsortiumResolver,
      InitiativeResolver,
      FundingResolver,
      ModelResolver,
      GraphViewResolver,
      DashboardResolver,
      ArticleResolver,
      CurationResolver,
    ],
    // Every entity type implements Entity; list them so `entity` can return any.
    orphanedTypes: Object.values(ENTITY_TYPES),
    validate: { forbidUnknownValues: false },
  });
  // type-graphql has no option for the root types' own descriptions.
  schema.getQueryType()!.description = 'Reads: lookups, relationships with evidence, paths, neighbourhoods and dashboard aggregates. Every list is bounded.';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Curation writes; each needs an API key (Authorization: Bearer <key>).';
  return schema;
}
