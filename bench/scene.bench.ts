/**
 * 3D twin figures: draw calls, triangles and headless frame time of the scene at 360 and 3,600 miners, in
 * both quality settings, rendered by Debian's chromium with SwiftShader (software WebGL, so frame times are
 * CPU-bound and far above a laptop GPU's; they compare settings and miner counts, they are not fps targets).
 * Builds the app into a temporary folder (never dist/), serves it with Vite's preview server and opens the
 * scene harness. The scene renders on demand (frameloop="demand": no frame comes unless something asks), so
 * the bench asks for its frames through `heatTwinDebug.redraw(n)` — each requested frame asks for the next
 * in its own animation frame — and times the interval between consecutive rendered frames, after warm-up
 * frames (shader compilation). Skipped with a note when chromium is missing. Budget: ≤ 50 draw calls in
 * every case.
 */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
/** Frames drawn (and not timed) before the timed ones: the first frames compile shaders. */
const WARMUP = 2;
/** Timed frame intervals per case. */
const FRAMES = 8;
/** In-page limit for the requested frames (a frame takes 0.3–2 s in software WebGL). */
const FRAME_WAIT_MS = 180_000;

interface Row {
  miners: number;
  quality: string;
  drawCalls: number;
  triangles: number;
  instances: number;
  frameMs: number;
  loadMs: number;
}

export async function run(): Promise<void> {
  console.log('\n## 3D twin (headless chromium, SwiftShader, 1280 × 720)');
  if (!existsSync(CHROMIUM)) {
    console.log(`(skipped: ${CHROMIUM} not found)`);
    return;
  }
  const outDir = process.env.E2E_OUT_DIR ?? join(tmpdir(), 'heat-twin-bench-scene');
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const rows: Row[] = [];
  try {
    for (const miners of [360, 3600]) {
      for (const quality of ['high', 'low']) {
        // bypassCSP: the probes below are strings (tsx's helpers do not exist in the page) and the app's CSP forbids eval
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
        try {
          const t0 = Date.now();
          await page.goto(`${url}?miners=${miners}&quality=${quality}#scene-harness`);
          await page.waitForFunction('window.heatTwinDebug?.ready === true', null, { timeout: 300_000 });
          const loadMs = Date.now() - t0;
          // Mean interval between FRAMES + 1 consecutive frames asked for at once, after WARMUP frames.
          // (A string, not a function: tsx's name-keeping helpers do not exist in the page.)
          const r = (await page.evaluate(`(async (warmup, n, limit) => {
            const d = window.heatTwinDebug;
            if (typeof d.redraw !== 'function') throw new Error('heatTwinDebug.redraw missing: cannot ask the on-demand scene for frames');
            const deadline = performance.now() + limit;
            // Resolves with the time the frame counter reached k (checked at every animation frame).
            const wait = (k) => new Promise((res, rej) => {
              const chk = () => {
                if (d.frames >= k) res(performance.now());
                else if (performance.now() > deadline) rej(new Error('frame ' + k + ' never came (at ' + d.frames + ')'));
                else requestAnimationFrame(chk);
              };
              chk();
            });
            let f = d.frames;
            d.redraw(warmup);
            await wait(f + warmup);
            f = d.frames;
            d.redraw(n + 1);
            const t0 = await wait(f + 1);
            const t1 = await wait(f + n + 1);
            return { frameMs: (t1 - t0) / n, drawCalls: d.drawCalls, triangles: d.triangles, instances: d.instances };
          })(${WARMUP}, ${FRAMES}, ${FRAME_WAIT_MS})`)) as {
            frameMs: number;
            drawCalls: number;
            triangles: number;
            instances: number;
          };
          rows.push({ miners, quality, loadMs, ...r });
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    if (!process.env.E2E_OUT_DIR) rmSync(outDir, { recursive: true, force: true });
  }
  console.log(
    '| miners | quality | draw calls | triangles | miner instances | frame ms (SwiftShader) | load → first frames ms |',
  );
  console.log('|---:|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.miners.toLocaleString('en-US')} | ${r.quality} | ${r.drawCalls} | ${r.triangles.toLocaleString('en-US')} | ${r.instances.toLocaleString('en-US')} | ${r.frameMs.toFixed(0)} | ${r.loadMs} |`,
    );
  }
  const over = rows.filter((r) => r.drawCalls > 50);
  console.log(
    over.length
      ? `Draw-call budget exceeded: ${over.map((r) => `${r.miners}/${r.quality}`).join(', ')}`
      : 'Draw-call budget (≤ 50) met in every case.',
  );
}
