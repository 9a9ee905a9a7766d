import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers stay one-way: src/core imports none of app/scene/worker/cli, React, three, or Node built-ins
// (it must run unchanged in a Web Worker). src/core/tsconfig.json also type-checks the core without DOM types.
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

describe('layering', () => {
  it('src/core imports no UI, 3D or Node-only module', () => {
    const bad: string[] = [];
    for (const f of files('src/core')) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(
        /(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
      )) {
        const spec = m[1] ?? m[2] ?? '';
        if (/^(react|react-dom|three|@react-three\/|node:|fs$|path$|os$|worker_threads$)/.test(spec))
          bad.push(`${f}: ${spec}`);
        if (/\.\.\/(app|scene|worker|cli)\//.test(spec)) bad.push(`${f}: ${spec}`);
      }
      if (/\b(document|window|localStorage)\./.test(src)) bad.push(`${f}: uses a DOM global`);
    }
    expect(bad).toEqual([]);
  });
});
