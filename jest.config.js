// One jest run, one project per kind of test. Built artefacts under dist/ are loaded as they are,
// never transformed, so tests exercise exactly what is deployed.
const base = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  transformIgnorePatterns: ['/node_modules/', '/dist/'],
}

/** @type {import('jest').Config} */
module.exports = {
  // Generous: integration and browser tests start servers and Chromium. Not a timing assertion.
  testTimeout: 60_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: [
        '<rootDir>/tests/integration/**/*.test.ts',
        '<rootDir>/tests/contract/**/*.test.ts',
      ],
      globalSetup: '<rootDir>/tests/support/build-functions.setup.ts',
    },
    { ...base, displayName: 'weapp', testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'] },
    {
      ...base,
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/build-functions.setup.ts',
    },
  ],
}
