/**
 * Projects: `unit` (pure logic, no database); `integration`, `e2e` and
 * `resilience` (a real Neo4j started once per run by tests/helpers/globalSetup.ts
 * and shared by all three, the real HTTP server, the real CLI process).
 * `npm test` runs them all.
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
    {
      // The web explorer in headless Chromium against the real server and Neo4j.
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/e2e'],
      setupFiles: ['reflect-metadata'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/helpers/globalTeardown.ts',
    },
    {
      // Crash and load trials: kill -9 during ingest, the soak.
      displayName: 'resilience',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/resilience'],
      setupFiles: ['reflect-metadata'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/helpers/globalTeardown.ts',
    },
  ],
  testTimeout: 60000,
};
