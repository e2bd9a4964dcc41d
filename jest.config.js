/**
 * Two projects: `unit` (pure logic, no database) and `integration` (real Neo4j
 * started once per run by tests/helpers/globalSetup.ts, real HTTP server).
 * `npm test` runs both.
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/unit'],
      setupFiles: ['reflect-metadata'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/integration'],
      setupFiles: ['reflect-metadata'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/helpers/globalTeardown.ts',
    },
  ],
  testTimeout: 60000,
};
