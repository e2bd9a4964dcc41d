import 'reflect-metadata';
import { buildSchemaSync } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { ConsortiumResolver } from './consortium/Consortium.resolver';
import { GovernmentResolver } from './government/Government.resolver';
import { OrganizationResolver } from './organization/Organization.resolver';

let schema: GraphQLSchema | undefined;

/** The GraphQL schema, built once per process from the type-graphql resolvers. */
export function buildSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [ConsortiumResolver, GovernmentResolver, OrganizationResolver],
    validate: { forbidUnknownValues: false },
  });
  return schema;
}
