#!/usr/bin/env node
// Compiles the command line to plain JavaScript so `heat-twin` starts without a TypeScript compiler:
// esbuild (already installed with vite and tsx) bundles src/cli/main.ts and, as separate files, each
// command module main.ts loads on demand and the sweep's worker thread (src/cli/sweepWorker.ts) into
// dist-cli/ (git-ignored). One self-contained file per command, so `size-hx` loads only the exchanger code,
// not zod, the weather year, the simulation or mathjs (unitsCore.mjs, loaded only for units the CLI does not
// read itself, src/cli/units.ts). The error classes are one shared file (errors.mjs, io.mjs) so main.mjs
// recognises a command's InputError, PhysicsError and UsageError (exit code 2, one line). inputs.json lists
// the sources of each file, for heat-twin.mjs's freshness check. Run by `npm run build:cli` and by npm's
// `prepare` (npm install / npm ci).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = join(root, 'dist-cli');
const started = Date.now();

/** The command modules main.ts imports lazily: `import('./sizeHx')` → dist-cli/sizeHx.mjs. */
const mainSource = readFileSync(join(root, 'src/cli/main.ts'), 'utf8');
const commands = [...new Set([...mainSource.matchAll(/import\('\.\/(\w+)'\)/g)].map((m) => m[1]))];

/** Marks the plugins' own resolutions (pure-core, shared-modules), which the plugins pass through. */
const NESTED = 'heat-twin-nested-resolve';

/**
 * A relative import from a file under src/, resolved by esbuild itself (marked so that this plugin does not see
 * its own nested resolve); undefined for imports from elsewhere.
 */
async function resolveInSrc(b, args) {
  if (args.pluginData === NESTED || !args.importer.includes('/src/')) return undefined;
  return b.resolve(args.path, {
    resolveDir: args.resolveDir,
    kind: args.kind,
    importer: args.importer,
    pluginData: NESTED,
  });
}

/**
 * The core's modules have no load-time side effects other modules rely on, so esbuild may drop those a
 * command does not use — all but zodSetup.ts, whose zod configuration (the scenario authors' wording of a
 * missing field or a value of the wrong kind) every command that parses a scenario needs.
 */
const pureCore = {
  name: 'pure-core',
  setup(b) {
    b.onResolve({ filter: /^\./ }, async (args) => {
      const r = await resolveInSrc(b, args);
      if (!r) return undefined;
      if (r.errors.length > 0 || !r.path.includes('/src/core/')) return undefined;
      if (/[\\/]src[\\/]core[\\/]zodSetup\.ts$/.test(r.path)) return undefined;
      return { path: r.path, sideEffects: false };
    });
  },
};

/** Modules every bundle shares by identity (instanceof across bundles): one file each in dist-cli/. */
const SHARED = { 'src/core/errors.ts': 'errors', 'src/cli/io.ts': 'io' };

const sharedModules = {
  name: 'shared-modules',
  setup(b) {
    b.onResolve({ filter: /^\./ }, async (args) => {
      const r = await resolveInSrc(b, args);
      if (!r) return undefined;
      const name = SHARED[relative(root, r.path).split(sep).join('/')];
      return name && r.errors.length === 0 ? { path: `./${name}.mjs`, external: true } : undefined;
    });
  },
};

/** In main.ts, each command's module stays a separate file, loaded when that command runs. */
const lazyCommands = {
  name: 'lazy-commands',
  setup(b) {
    b.onResolve({ filter: /^\.\/\w+$/ }, (args) => {
      const name = args.path.slice(2);
      if (!args.importer.endsWith('src/cli/main.ts') || !commands.includes(name)) return undefined;
      return { path: `./${name}.mjs`, external: true };
    });
  },
};

/**
 * The core's unit parser (mathjs) that src/cli/units.ts loads only when a quantity is not in the plain forms
 * it reads itself: a separate file, dist-cli/unitsCore.mjs, so a command's bundle does not build mathjs at
 * start-up (esbuild would otherwise inline it behind a lazy wrapper that runs all of mathjs's own set-up).
 */
const lazyUnits = {
  name: 'lazy-units',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/core\/units$/ }, (args) => {
      if (args.kind !== 'dynamic-import' || !args.importer.endsWith('src/cli/units.ts')) return undefined;
      return { path: './unitsCore.mjs', external: true };
    });
  },
};

const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  minify: true,
  // The fallback loader (tsx) is only needed when this build is missing or stale.
  external: ['tsx', 'tsx/*'],
  // Some dependencies are CommonJS: give each bundle a `require` for their Node built-ins.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'error',
  legalComments: 'none',
  metafile: true,
};

rmSync(outdir, { recursive: true, force: true });
const entries = Object.fromEntries([...commands, 'sweepWorker'].map((name) => [name, `src/cli/${name}.ts`]));
const shared = Object.fromEntries(Object.entries(SHARED).map(([path, name]) => [name, path]));
const results = await Promise.all([
  // main.ts takes the error classes from the core's index: pure-core keeps the rest of the core out of main.mjs.
  build({
    ...common,
    entryPoints: { main: 'src/cli/main.ts' },
    plugins: [sharedModules, lazyCommands, pureCore],
  }),
  build({ ...common, entryPoints: entries, plugins: [sharedModules, lazyUnits, pureCore] }),
  // Its own build: as an entry of the commands' build it would keep its set-up in every command's bundle.
  build({
    ...common,
    entryPoints: { unitsCore: 'src/core/units/index.ts' },
    plugins: [sharedModules, pureCore],
  }),
  build({ ...common, entryPoints: shared, plugins: [pureCore] }),
]);
mkdirSync(outdir, { recursive: true });
writeFileSync(join(outdir, 'BUILD'), `${new Date().toISOString()}\n`);

/**
 * inputs.json: for each output file, the project files it was built from and the other dist-cli files it
 * loads (static and dynamic imports: a command's bundle, the shared modules, unitsCore, the sweep's worker);
 * and each command name's file. heat-twin.mjs checks only the sources of the command being run.
 */
const inputs = {};
const loads = {};
for (const r of results) {
  for (const [file, out] of Object.entries(r.metafile.outputs)) {
    const name = file.split('/').pop();
    inputs[name] = Object.keys(out.inputs).filter((p) => !p.includes('node_modules/'));
    // Static imports, and unitsCore (units.ts loads it when needed); not main.mjs's commands.
    const loaded = out.imports.filter(
      (i) => i.path.startsWith('./') && (i.kind === 'import-statement' || i.path === './unitsCore.mjs'),
    );
    loads[name] = [...new Set(loaded.map((i) => i.path.slice(2)))];
    if (inputs[name].includes('src/cli/sweepPool.ts')) loads[name].push('sweepWorker.mjs');
  }
}
const commandFiles = Object.fromEntries(
  [...mainSource.matchAll(/'?([\w-]+)'?: (?:async )?\(\) =>\s*(?:\(await )?import\('\.\/(\w+)'\)/g)].map(
    (m) => [m[1], `${m[2]}.mjs`],
  ),
);
writeFileSync(
  join(outdir, 'inputs.json'),
  `${JSON.stringify({ commands: commandFiles, inputs, loads }, null, 1)}\n`,
);
console.log(
  `heat-twin: compiled the CLI (${commands.length} commands) to dist-cli/ in ${Date.now() - started} ms`,
);
