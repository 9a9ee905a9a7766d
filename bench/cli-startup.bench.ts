/**
 * CLI start-up: wall time of a whole `heat-twin size-hx` process (the README example with a plate pack),
 * median of 10 runs after one warm-up, with the compiled CLI (dist-cli/, `npm run build:cli`) and with the
 * tsx fallback (TypeScript compiled at start-up, HEAT_TWIN_TSX=1). Goal ≤ 300 ms for the compiled CLI. A bare
 * `node -e 0` is measured alongside (Node's own start-up, the floor) so figures from a busy machine compare.
 * HEAT_TWIN_COMPILED=1 measures the build even if a source file was edited after it (rebuild first).
 * Run alone: `npx tsx bench/cli-startup.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ARGS = [
  'src/cli/heat-twin.mjs',
  'size-hx',
  '--duty',
  '2.7 MW',
  '--hot-in',
  '80 degC',
  '--hot-out',
  '70 degC',
  '--cold-in',
  '45 degC',
  '--cold-out',
  '75 degC',
  '--hot-fluid',
  'propylene-glycol 55%',
  '--plate',
  'large',
];

function once(env: NodeJS.ProcessEnv, args: string[] = ARGS): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`size-hx failed: ${r.stderr}`);
  return ms;
}

function series(label: string, env: NodeJS.ProcessEnv, n: number, args: string[] = ARGS): void {
  once(env, args);
  const times = Array.from({ length: n }, () => once(env, args));
  console.log(
    `  ${label.padEnd(34)} median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms (${n} runs)`,
  );
}

export async function run(): Promise<void> {
  console.log('\n## CLI start-up: heat-twin size-hx (whole process, wall time)');
  if (existsSync(join(root, 'dist-cli/main.mjs')))
    series('compiled (dist-cli/)', { ...process.env, HEAT_TWIN_COMPILED: '1' }, 10);
  else console.log('  compiled: dist-cli/ missing — run npm run build:cli');
  series('bare node (node -e 0)', process.env, 10, ['-e', '0']);
  series('tsx fallback (HEAT_TWIN_TSX=1)', { ...process.env, HEAT_TWIN_TSX: '1' }, 3);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
