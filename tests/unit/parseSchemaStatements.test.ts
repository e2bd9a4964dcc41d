import fs from 'node:fs';
import path from 'node:path';
import { parseSchemaStatements } from '../../src/graph/migrate';

describe('parseSchemaStatements', () => {
  it('splits on line-ending semicolons and drops comment lines', () => {
    expect(parseSchemaStatements('// c\nCREATE A;\nCREATE\n  B;\n')).toEqual(['CREATE A', 'CREATE\n  B']);
  });

  it('finds an id constraint for every label of the ontology in schema/graph.cypher', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../schema/graph.cypher'), 'utf8');
    const statements = parseSchemaStatements(text);
    for (const label of ['Government', 'Agency', 'Initiative', 'Consortium', 'Organization', 'Funding', 'FocusArea', 'Model', 'Article']) {
      expect(statements.some((s) => new RegExp(`FOR \\(n:${label}\\) REQUIRE n.id IS UNIQUE`).test(s))).toBe(true);
    }
    expect(statements.every((s) => /IF NOT EXISTS/.test(s))).toBe(true);
  });
});
