/**
 * The quick preview (one-hour steps) against the exact year, raw and corrected by the base year's error
 * (src/core/sim/previewCorrection.ts), over the bundled sites and six greenhouse edits each; and what a preview
 * year costs against an exact one. Accuracy figures, not pass/fail (test/core/sim/previewCorrection.test.ts
 * holds the bounds).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { correctPreviewKpis, type Kpis, previewInput, setField, simulate } from '../src/core';

const SITES = fileURLToPath(new URL('../models/sites/', import.meta.url));
const EDITS: readonly (readonly [string, string])[] = [
  ['greenhouse.nightSetpoint', '+1'],
  ['greenhouse.nightSetpoint', '-2'],
  ['greenhouse.daySetpoint', '-1'],
  ['greenhouse.leakage', '0.6 1/h'],
  ['greenhouse.ventOffset', '2 K'],
  ['greenhouse.cover', 'twin-wall-polycarbonate-8mm'],
];
const KEYS = [
  ['greenhouseHeatDemand_MWh', 'greenhouse heat demand'],
  ['heatToGreenhouse_MWh', 'miner heat to the greenhouse'],
  ['backupHeat_MWh', 'backup heat'],
  ['heatCoverage', 'heat coverage'],
  ['hostNetBenefit', "host's net benefit"],
] as const;

/** A set-point shifted by `delta` K from the site's, or the value itself. */
function valueFor(doc: Record<string, Record<string, unknown>>, path: string, v: string): string {
  if (!/^[+-]\d/.test(v)) return v;
  const [group, field] = path.split('.') as [string, string];
  const now = Number.parseFloat(String(doc[group]?.[field]));
  return `${now + Number(v)} degC`;
}

export async function run(): Promise<void> {
  const coarse = (j: unknown): [Kpis, number] => {
    const t0 = performance.now();
    const k = simulate(previewInput(j), { coarse: true }).kpis;
    return [k, performance.now() - t0];
  };
  const exact = (j: unknown): [Kpis, number] => {
    const t0 = performance.now();
    const k = simulate(j).kpis;
    return [k, performance.now() - t0];
  };
  const raw = Object.fromEntries(KEYS.map(([id]) => [id, [] as number[]]));
  const fixed = Object.fromEntries(KEYS.map(([id]) => [id, [] as number[]]));
  const times: [number, number][] = [];
  let cases = 0;
  let trusted = 0;
  for (const f of readdirSync(SITES)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const doc = JSON.parse(readFileSync(`${SITES}${f}`, 'utf8'));
    const [e0] = exact(doc);
    const [c0] = coarse(doc);
    for (const [path, v] of EDITS) {
      let e1: Kpis;
      let c1: Kpis;
      try {
        const edited = setField(doc, path, valueFor(doc, path, v));
        const [e, te] = exact(edited);
        const [c, tc] = coarse(edited);
        e1 = e;
        c1 = c;
        times.push([te, tc]);
      } catch {
        continue; // an edit the site refuses (out of range, short of heat below freezing)
      }
      cases++;
      const k = correctPreviewKpis(c1, e0, c0, 8760);
      if (!k) continue;
      trusted++;
      for (const [id] of KEYS) {
        const rel = (a: number) => (100 * Math.abs(a - e1[id])) / Math.max(1e-9, Math.abs(e1[id]));
        raw[id]!.push(rel(c1[id]));
        fixed[id]!.push(rel(k[id]));
      }
    }
  }
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]!;
  console.log('\n## Quick preview against the exact year (bundled sites × greenhouse edits)');
  console.log(
    `- ${cases} edits ran, ${trusted} within the correction's trust; |error| raw preview → corrected, median (90th percentile):`,
  );
  for (const [id, label] of KEYS) {
    const r = raw[id] ?? [];
    const c = fixed[id] ?? [];
    if (r.length === 0) continue;
    console.log(
      `  - ${label}: ${q(r, 0.5).toFixed(2)} → ${q(c, 0.5).toFixed(2)} % (${q(r, 0.9).toFixed(2)} → ${q(c, 0.9).toFixed(2)} %)`,
    );
  }
  const ratio = times.map(([te, tc]) => tc / te);
  console.log(
    `- a preview year against an exact one (in this process, under tsx): median ${q(
      times.map((t) => t[1]),
      0.5,
    ).toFixed(0)} against ${q(
      times.map((t) => t[0]),
      0.5,
    ).toFixed(0)} ms (${(100 * q(ratio, 0.5)).toFixed(0)} %)`,
  );
}
