// StrykerJS mutation testing of the physics core (issue 18). Run from the repository root:
//   npm run mutate                                         all of src/core, incremental
//   npm run mutate -- --mutate "src/core/fluids/**/*.ts"   one family
// Reports land in reports/ (git-ignored): reports/mutation/mutation.json and .html.
// Not part of .ci/run: a full run takes hours on two shared cores.
// A run restricted with --mutate keeps its own incremental file, so a one-family run does not overwrite the
// full run's (Stryker's incremental report holds only the files it mutated).
import { readdirSync } from 'node:fs';

const mutateArg = process.argv.indexOf('--mutate');
const scope =
  mutateArg < 0
    ? 'all'
    : (process.argv[mutateArg + 1] ?? '')
        .replace(/src\/core\/|\.ts\b/g, '')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'all';

// A one-family run (--mutate "src/core/<family>/…") runs only that family's own tests (test/core/<family>/), so the
// score says whether the family's dedicated tests pin it; pass --testFiles to widen. The full run uses the
// core's tests related to the mutated file.
const family = /src\/core\/([A-Za-z0-9]+)\//.exec(mutateArg < 0 ? '' : (process.argv[mutateArg + 1] ?? ''))?.[1];
// The full run uses the core's tests (test/core), less the telemetry calibration test: 7 s normally, it runs
// past vitest's 5-minute timeout on instrumented code and fails Stryker's initial test run.
const SLOW = new Set(['test/core/telemetry/calibrate.test.ts']);
const coreTests = () =>
  readdirSync('test/core', { recursive: true })
    .map((f) => `test/core/${String(f).replaceAll('\\', '/')}`)
    .filter((f) => f.endsWith('.test.ts') && !SLOW.has(f))
    .sort();
const testFiles = family ? [`test/core/${family}/**/*.test.ts`] : coreTests();

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: {
    configFile: 'vite.config.ts',
    // Only the test files that import the mutated file run for each mutant (the runner's default).
    related: true,
  },
  mutate: ['src/core/**/*.ts', '!src/core/**/*.d.ts', '!src/core/index.ts'],
  // The sandbox copies only what the unit tests read (gitignore syntax: ignore all, then re-include), so build
  // output other tools write meanwhile cannot break the copy; the browser tests are left out.
  ignorePatterns: [
    '/*',
    '!/src',
    '!/test',
    '!/models',
    '!/package.json',
    '!/tsconfig.json',
    '!/vite.config.ts',
    '/test/e2e',
  ],
  testFiles,
  checkers: [],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants such as the IAPWS-97 coefficient tables) need every covering test
  // file reloaded for each mutant: about a quarter of the mutants but more than half the run time. They are
  // left out of the score; `--ignoreStatic false` includes them.
  ignoreStatic: true,
  concurrency: 1,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${scope}.json`,
  reporters: ['json', 'html', 'clear-text', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  thresholds: { high: 90, low: 80, break: null },
  timeoutMS: 5000,
  // The full run's initial test run (every unit test once, with per-test coverage) takes longer than
  // Stryker's default 5 minutes on two cores: measured > 5 min (it timed out), so allow an hour.
  dryRunTimeoutMinutes: 60,
  timeoutFactor: 2,
  tempDirName: 'reports/.stryker-tmp',
  cleanTempDir: 'always',
};
