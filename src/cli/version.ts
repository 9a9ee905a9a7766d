/** The software's name and version (package.json), for `heat-twin --version` and result files. No core import. */
import { existsSync, readFileSync } from 'node:fs';

let version: string | undefined;
/** The package version (package.json), recorded in result files. */
export function softwareVersion(): { name: string; version: string } {
  // The nearest package.json above this module: src/cli/ when run from source, dist-cli/ when compiled.
  if (version === undefined) {
    let dir = new URL('./', import.meta.url);
    for (let i = 0; i < 4 && version === undefined; i++) {
      const url = new URL('package.json', dir);
      if (existsSync(url)) version = (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
      dir = new URL('../', dir);
    }
  }
  version ??= 'unknown';
  return { name: 'heat-reuse-twin', version };
}
