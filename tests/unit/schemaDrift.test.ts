import fs from 'node:fs';
import { printCurrentSchema, schemaFile } from '../../src/cli/commands/emitSchema';

describe('schema/schema.graphql', () => {
  it('matches the schema the resolvers build (run `npm run emit-schema` after changing the API)', () => {
    expect(fs.readFileSync(schemaFile(), 'utf8')).toBe(printCurrentSchema());
  });
});
