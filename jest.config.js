process.env.TZ = 'UTC'; // business dates must never depend on the machine zone
/** Unit specs sit beside the code (*.spec.ts); e2e specs live in test/ (*.e2e-spec.ts). */
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
}];

const moduleNameMapper = {
  '^@skill-ladder/config$': '<rootDir>/config',
  '^@skill-ladder/(vocabulary|platform|identity|workforce|standards|publicity|evaluations|promotions)$': '<rootDir>/libs/$1/src',
};

// jose is ESM-only; Node 20 loads it with require() at run time, Jest on Node 20 cannot, so tests compile it.
const swcEsmJs = ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }];

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc, '/node_modules/jose/.+\\.js$': swcEsmJs },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
};

module.exports = {
  // Jest's default is one worker fewer than the cores: a single worker on a 2-core machine, which
  // leaves the other core idle while e2e files wait on PostgreSQL and Chromium. Two at least.
  maxWorkers: Math.max(2, require('node:os').cpus().length - 1),
  // A global option (projects cannot set it): e2e tests boot the app and talk to PostgreSQL, so
  // a loaded 2-core machine needs more than the default 5 s.
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,config}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/harness/global-setup.ts',
      globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
    },
  ],
};
