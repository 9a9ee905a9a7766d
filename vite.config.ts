import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import { type Plugin, runnerImport } from 'vite';
import { defineConfig } from 'vitest/config';

// The dev server's React refresh preamble is an inline script, which index.html's Content-Security-Policy
// forbids; the policy applies to the built app only (drop the tag when serving in development).
const cspInBuildOnly = {
  name: 'csp-in-build-only',
  apply: 'serve' as const,
  transformIndexHtml: (html: string) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

/** The document the app opens with no shared link and no saved workspace (src/app/hooks/useWorkspace.ts). */
const DEFAULT_SCENARIO = 'models/sites/manitoba-pilot.json';
const KPIS_ID = 'virtual:default-kpis';

/**
 * First KPIs from the build (issue 13): run the core (`loadScenario` + `simulate` from src/core/index.ts) on
 * the default document on the bundled weather year and export only its KPIs and warnings, with the fingerprint of that
 * exact document (src/app/lib/fingerprint.ts) and the weather file's sha256, as `virtual:default-kpis`. The
 * app shows them only while the open document has that fingerprint (src/app/lib/buildKpis.ts). Computed from
 * the model on every build and when the dev server starts (again after any change under models/ or
 * src/core); the core is loaded through Vite's module runner so loading this config stays light. Under
 * Vitest the module is null (no test pays for a year).
 */
async function defaultKpisModule(root: string): Promise<string> {
  const t0 = performance.now();
  const load = async <T>(file: string) =>
    (await runnerImport<T>(resolve(root, file), { configFile: false, logLevel: 'error', root })).module;
  const core = await load<typeof import('./src/core')>('src/core/index.ts');
  const { documentFingerprint } = await load<typeof import('./src/app/lib/fingerprint')>(
    'src/app/lib/fingerprint.ts',
  );
  const input: unknown = JSON.parse(readFileSync(resolve(root, DEFAULT_SCENARIO), 'utf8'));
  const result = core.simulate(core.loadScenario(input));
  const { fileName, sha256 } = core.bundledWeatherSource();
  const data = {
    scenario: DEFAULT_SCENARIO,
    documentFingerprint: documentFingerprint(input),
    weather: { fileName, sha256 },
    hours: result.hours,
    timeStep: result.timeStep,
    // the warnings too, so the strip above the 3D view has its final lines from the first paint
    warnings: result.warnings,
    // and the payback in words (the Project payback card's note), as the worker's economics give it
    economics: { payback: result.economics.payback },
  };
  // JSON has no words for non-finite numbers: write them as strings ("NaN", "Infinity").
  const kpis = JSON.stringify(result.kpis, (_k, v: unknown) =>
    typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
  );
  console.log(`default-kpis: ${DEFAULT_SCENARIO} simulated in ${Math.round(performance.now() - t0)} ms`);
  return `export default { ...${JSON.stringify(data)}, kpis: ${kpis} };\n`;
}

function defaultKpis(): Plugin {
  let root = process.cwd();
  let pending: Promise<string> | undefined;
  const code = () => {
    pending ??= defaultKpisModule(root);
    return pending;
  };
  return {
    name: 'default-kpis',
    configResolved: (c) => {
      root = c.root;
    },
    resolveId: (id) => (id === KPIS_ID ? `\0${KPIS_ID}` : undefined),
    load: (id) => (id !== `\0${KPIS_ID}` ? undefined : process.env.VITEST ? 'export default null;\n' : code()),
    configureServer(server) {
      if (process.env.VITEST) return;
      void code();
      const watched = [resolve(root, 'models'), resolve(root, 'src/core')];
      server.watcher.on('change', (file) => {
        if (!watched.some((dir) => resolve(file).startsWith(dir + sep))) return;
        pending = undefined;
        const m = server.moduleGraph.getModuleById(`\0${KPIS_ID}`);
        if (m) server.moduleGraph.invalidateModule(m);
      });
    },
  };
}

/**
 * The core's modules have no side effects on import except zod's set-up and the units' mathjs instance (no
 * bare `import './x'` besides zodSetup, no top-level code that changes another module's state). Saying so lets
 * the bundler keep out of the first chunk what only lazy chunks use through the core's one entry point
 * (src/core/index.ts): the simulation, the bundled weather year, the studies (issue 13).
 */
const coreSideEffects = (id: string) =>
  !/[\\/]src[\\/]core[\\/]/.test(id) || /[\\/]src[\\/]core[\\/](zodSetup|units[\\/]math)\.ts$/.test(id);

export default defineConfig({
  plugins: [react(), cspInBuildOnly, defaultKpis()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { treeshake: { moduleSideEffects: coreSideEffects } },
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // property tests on a fixed seed (test/fastCheckSeed.ts)
    setupFiles: ['test/fastCheckSeed.ts'],
    // Under Stryker (its workers set STRYKER_MUTATOR_WORKER) the core is instrumented and a year-long test runs
    // about ten times slower: the full mutation run's initial test run failed on the 20 s test and 10 s hook limits.
    testTimeout: process.env.STRYKER_MUTATOR_WORKER ? 1_800_000 : 20000,
    hookTimeout: process.env.STRYKER_MUTATOR_WORKER ? 1_800_000 : 10000,
  },
});
