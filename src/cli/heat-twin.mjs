#!/usr/bin/env node
// Entry of `npx heat-twin`: runs the compiled CLI (dist-cli/, built by `npm run build:cli`, which npm's
// `prepare` runs on install) — plain JavaScript, no TypeScript compiler at start-up. When that build is
// missing, or older than one of the source files the command was built from (dist-cli/inputs.json; every
// file under src/ when the build has no such list), it falls back to tsx, which compiles the TypeScript
// sources on the fly (slower start-up, always current).
// HEAT_TWIN_TSX=1 forces the fallback; HEAT_TWIN_COMPILED=1 uses the build even when sources are newer.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const built = new URL('dist-cli/main.mjs', root);

/** Newest modification time of a .ts file under `dir` (recursive), ms. */
function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts') || e.name.endsWith('.json'))
      newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * The project files `command`'s compiled files were built from (main.mjs, the command's file and what they
 * load), per the build's inputs.json; every file of the build for an unknown command or --help; undefined
 * without a readable list.
 */
function sourcesOf(command) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL('dist-cli/inputs.json', root), 'utf8'));
  } catch {
    return undefined;
  }
  const { commands, inputs, loads } = manifest;
  if (!commands || !inputs || !loads) return undefined;
  const start = commands[command];
  const files = start ? new Set(['main.mjs', start]) : new Set(Object.keys(inputs));
  for (const f of files) for (const g of loads[f] ?? []) files.add(g);
  return [...files].flatMap((f) => inputs[f] ?? []);
}

function buildIsCurrent(command) {
  if (process.env.HEAT_TWIN_TSX || !existsSync(built)) return false;
  const src = fileURLToPath(new URL('src', root));
  if (!existsSync(src) || process.env.HEAT_TWIN_COMPILED) return true;
  const builtAt = statSync(built).mtimeMs;
  const sources = sourcesOf(command);
  if (!sources) return builtAt >= newestSource(src);
  // A source that is gone (renamed, deleted) also means the build is out of date.
  return sources.every((p) => statSync(new URL(p, root), { throwIfNoEntry: false })?.mtimeMs <= builtAt);
}

// Output piped into a reader that stops early (`heat-twin simulate … | head`): end quietly, as other tools do,
// instead of Node's unhandled 'error' event with its stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

let main;
if (buildIsCurrent(process.argv[2])) {
  ({ main } = await import(built.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
