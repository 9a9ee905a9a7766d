// Shared helpers for browser tests: serve the built app with Vite's preview server and drive Debian's
// chromium through playwright-core (no browser download).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/**
 * Build (unless the output folder has a build and REBUILD is not set) and start a preview server; returns
 * its URL and a closer. E2E_OUT_DIR (default dist) lets parallel runs build into their own folders.
 */
export async function serve() {
  const outDir = process.env.E2E_OUT_DIR ?? 'dist';
  if (!existsSync(`${outDir}/index.html`) || process.env.REBUILD) {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  }
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    build: { outDir },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}

export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium fonts-liberation)`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}
