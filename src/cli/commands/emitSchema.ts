import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { buildSchema } from '../../api';
import { findProjectRoot } from '../../graph';
import type { CliOutput } from '../output';

/** Path of the committed SDL. */
export function schemaFile(): string {
  return path.join(findProjectRoot(), 'schema', 'schema.graphql');
}

/** The SDL text the resolvers produce (what schema/schema.graphql must hold). */
export function printCurrentSchema(): string {
  return `${printSchema(buildSchema())}\n`;
}

/** `sovgraph emit-schema`: writes schema/schema.graphql from the resolvers. */
export async function runEmitSchema(output: CliOutput): Promise<number> {
  fs.writeFileSync(schemaFile(), printCurrentSchema());
  output.out(`wrote ${schemaFile()}`);
  return 0;
}
