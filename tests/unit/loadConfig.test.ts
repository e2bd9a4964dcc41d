import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('uses the embedded Neo4j, port 4000 and .data when nothing is set', () => {
    const config = loadConfig({});
    expect(config.neo4j).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.dataDir).toBe(path.resolve('.data'));
  });

  it('reads an external Neo4j with credentials and database', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'graph' });
    expect(config.neo4j).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'u', password: 'p', database: 'graph' });
  });

  it('rejects a malformed URI and a bad port in one message naming both', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://x', PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_URI: 'http://x', PORT: 'abc' })).toThrow(/NEO4J_URI .*PORT|PORT .*NEO4J_URI/);
  });

  it('rejects an unknown log level', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
