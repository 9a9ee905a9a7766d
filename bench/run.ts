/**
 * `npm run bench`: every bench/*.bench.ts module exports `run(): Promise<void>` and prints its figures.
 * `npm run bench -- fluids` runs only the modules whose file name contains "fluids".
 */
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort();
console.log(
  `# Heat Reuse Twin benchmarks — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
);
for (const m of modules) {
  const mod = (await import(join(here, m))) as { run: () => Promise<void> };
  await mod.run();
}
