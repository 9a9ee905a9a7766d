/**
 * Random *valid* scenarios drawn from the parameter declarations (src/core/models/params): every declared
 * quantity anywhere in its declared range (as an SI number or a unit string), counts, choices, catalog ids,
 * fluids; the few cross-field rules of loadScenario respected (night ≤ day set-point, a time step that divides
 * the hour, an exchanger given by model, area + U or UA).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { catalog } from '../../src/core/models/catalog';
import { PARAMS, type ParamInfo } from '../../src/core/models/params';

export const manitoba = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8')) as Record<
  string,
  Record<string, unknown>
>;

const ids: Record<string, string[]> = {
  'miners.model': Object.keys(catalog.miners),
  'dryCooler.model': Object.keys(catalog.dryCoolers),
  'heatExchanger.model': Object.keys(catalog.plateExchangers),
  'greenhouse.cover': ['single-glass', 'double-glass', 'double-poly', 'twin-wall-polycarbonate-8mm'],
};
const fluids = ['water', 'propylene-glycol 30%', 'propylene-glycol 55%', 'ethylene-glycol 40%', 'PG 25 %'];
const SKIP = new Set([
  'site.name',
  'site.weather',
  'control.curtailAbovePrice',
  'greenhouseLoop.heatingCurve',
]);

/** A value for one declared parameter (SI number, or a unit string for temperatures in °C). */
function arbitraryOf(p: ParamInfo): fc.Arbitrary<unknown> | undefined {
  if (ids[p.path]) return fc.constantFrom(...ids[p.path]!);
  switch (p.kind) {
    case 'quantity': {
      // "0 (none) or at least …" (bufferTank.volume): 0, or the declared non-zero range.
      const [lo, hi] = [p.zeroOrAtLeast ?? p.min!, p.max!];
      const x = fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
      // Absolute temperatures (ranges above 150 K) as °C strings; differences (e.g. ventOffset) stay numbers.
      if (p.unit === 'K' && lo >= 150)
        return x.map((k) => `${(Math.round((k - 273.15) * 1000) / 1000).toString()} degC`);
      const inRange = x.filter((v) => v >= lo && v <= hi);
      return p.zeroOrAtLeast === undefined ? inRange : fc.oneof(fc.constant(0), inRange);
    }
    case 'integer':
      return fc.integer({ min: p.min!, max: Math.min(p.max!, 2000) });
    case 'choice':
      return fc.constantFrom(...(p.values as string[]));
    case 'fluid':
      return fc.constantFrom(...fluids);
    default:
      return undefined;
  }
}

const fields = [...PARAMS.values()].filter((p) => !SKIP.has(p.path) && arbitraryOf(p));

/** A random valid scenario input: the Manitoba pilot with a random subset of fields set anywhere in range. */
export const validScenario: fc.Arbitrary<Record<string, Record<string, unknown>>> = fc
  .subarray(fields, { minLength: 1 })
  .chain((chosen) =>
    fc.tuple(
      fc.constant(chosen),
      fc.tuple(...chosen.map((p) => arbitraryOf(p)!)),
      fc.constantFrom(300, 600, 900, 1200, 1800, 3600),
    ),
  )
  .map(([chosen, values, timeStep]) => {
    const s = structuredClone(manitoba);
    chosen.forEach((p, i) => {
      const [sec, key] = p.path.split('.') as [string, string];
      s[sec] = { ...(s[sec] ?? {}), [key]: values[i] };
    });
    // Cross-field rules of loadScenario: night ≤ day, a time step dividing the hour, U with an area.
    s.greenhouse!.nightSetpoint = s.greenhouse!.daySetpoint;
    s.simulation = { timeStep };
    // The layer above the screen at most half the mean height (the pilot's "5 m" unless drawn).
    const gh = s.greenhouse!;
    const height = typeof gh.height === 'number' ? gh.height : 5;
    if (typeof gh.topHeight === 'number') gh.topHeight = Math.min(gh.topHeight, 0.5 * height);
    const m = s.miners!;
    if ((m.count as number) % (m.modules as number) !== 0) m.modules = 1;
    const hx = s.heatExchanger!;
    if (hx.area !== undefined && hx.overallU === undefined && hx.model === undefined) hx.overallU = 4000;
    return s;
  });
