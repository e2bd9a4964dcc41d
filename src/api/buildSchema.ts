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
  return schema;
}
