#!/usr/bin/env node
// Compiles the command line to plain JavaScript so `heat-twin` starts without a TypeScript compiler:
// esbuild (already installed with vite and tsx) bundles src/cli/main.ts and, as separate files, each
// command module main.ts loads on demand and the sweep's worker thread (src/cli/sweepWorker.ts) into
// dist-cli/ (git-ignored). One self-contained file per command, so `size-hx` loads only the exchanger code
// and the unit parser, not zod, the weather year or the simulation. Run by `npm run build:cli` and by npm's
// `prepare` (npm install / npm ci).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = join(root, 'dist-cli');
const started = Date.now();

/** The command modules main.ts imports lazily: `import('./sizeHx')` → dist-cli/sizeHx.mjs. */
const mainSource = readFileSync(join(root, 'src/cli/main.ts'), 'utf8');
const commands = [...new Set([...mainSource.matchAll(/import\('\.\/(\w+)'\)/g)].map((m) => m[1]))];

/**
 * The core's modules have no load-time side effects other modules rely on, so esbuild may drop those a
 * command does not use. (zodSetup.ts only switches zod's JIT off for the browser's Content-Security-Policy;
 * Node needs neither.)
 */
const pureCore = {
  name: 'pure-core',
  setup(b) {
    b.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData === 'pure-core' || !args.importer.includes('/src/')) return undefined;
      const r = await b.resolve(args.path, {
        resolveDir: args.resolveDir,
        kind: args.kind,
        importer: args.importer,
        pluginData: 'pure-core',
      });
      if (r.errors.length > 0 || !r.path.includes('/src/core/')) return undefined;
      return { path: r.path, sideEffects: false };
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
};

rmSync(outdir, { recursive: true, force: true });
const entries = Object.fromEntries([...commands, 'sweepWorker'].map((name) => [name, `src/cli/${name}.ts`]));
await Promise.all([
  // main.ts takes the error classes from the core's index: pure-core keeps the rest of the core out of main.mjs.
  build({ ...common, entryPoints: { main: 'src/cli/main.ts' }, plugins: [lazyCommands, pureCore] }),
  build({ ...common, entryPoints: entries, plugins: [pureCore] }),
]);
mkdirSync(outdir, { recursive: true });
writeFileSync(join(outdir, 'BUILD'), `${new Date().toISOString()}\n`);
console.log(
  `heat-twin: compiled the CLI (${commands.length} commands) to dist-cli/ in ${Date.now() - started} ms`,
);
