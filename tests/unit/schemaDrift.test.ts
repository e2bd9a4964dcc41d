import fs from 'node:fs';
import { printCurrentSchema, schemaFile } from '../../src/cli/commands/emitSchema';

describe('schema/schema.graphql', () => {
  it('matches the schema the resolvers build (run `npm run emit-schema` after changing the API)', () => {
    expect(fs.readFileSync(schemaFile(), 'utf8')).toBe(printCurrentSchema());
  });
});

describe('schema descriptions', () => {
  it('documents every type, field and argument', () => {
    const { buildSchema, isObjectType, isInputObjectType, isInterfaceType } = require('graphql') as typeof import('graphql');
    const schema = buildSchema(fs.readFileSync(schemaFile(), 'utf8'));
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if (!isObjectType(type) && !isInputObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
