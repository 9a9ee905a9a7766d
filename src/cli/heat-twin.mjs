#!/usr/bin/env node
// Entry of `npx heat-twin`: runs the compiled CLI (dist-cli/, built by `npm run build:cli`, which npm's
// `prepare` runs on install) — plain JavaScript, no TypeScript compiler at start-up. When that build is
// missing, or older than a source file under src/ (a working copy being edited), it falls back to tsx,
// which compiles the TypeScript sources on the fly (slower start-up, always current).
// HEAT_TWIN_TSX=1 forces the fallback; HEAT_TWIN_COMPILED=1 uses the build even when sources are newer.
import { existsSync, readdirSync, statSync } from 'node:fs';
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

function buildIsCurrent() {
  if (process.env.HEAT_TWIN_TSX || !existsSync(built)) return false;
  const src = fileURLToPath(new URL('src', root));
  if (!existsSync(src) || process.env.HEAT_TWIN_COMPILED) return true;
  return statSync(built).mtimeMs >= newestSource(src);
}

let main;
if (buildIsCurrent()) {
  ({ main } = await import(built.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
