/**
 * designHours (sim/designHours.ts): the ⌈0.4 %⌉ coldest hours, ties by hour order, against the definition
 * written out here (all hours sorted by temperature, then hour; the first n kept; sums in that order), on random
 * series with many ties, and a hand-checked case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DESIGN_HOUR_SHARE, designHours } from '../../../src/core/sim/designHours';

function series(t: number[], load: number[], ret: number[]) {
  return {
    hours: t.length,
    series: {
      outdoorT: Float64Array.from(t),
      greenhouseHeatDemand: Float64Array.from(load),
      greenhouseReturnT: Float64Array.from(ret),
    },
  };
}

/** The definition, written out: sort every hour by (temperature, hour) and average the first n. */
function reference(t: number[], load: number[], ret: number[]) {
  const n = Math.max(1, Math.ceil(DESIGN_HOUR_SHARE * t.length - 1e-9));
  const idx = t.map((_, i) => i).sort((a, b) => t[a]! - t[b]! || a - b);
  let tOut = 0;
  let l = 0;
  let r = 0;
  let rp = 0;
  for (const i of idx.slice(0, n)) {
    tOut += t[i]!;
    l += load[i]!;
    r += load[i]! * ret[i]!;
    rp += ret[i]!;
  }
  return { hours: n, outdoorT: tOut / n, load: l / n, returnT: l > 0 ? r / l : rp / n };
}

describe('designHours', () => {
  it('a year of 8,760 hours averages its 36 coldest: the cold spell, ties at the cut by hour order', () => {
    const t = new Array(8760).fill(280);
    for (let i = 0; i < 30; i++) t[1000 + i] = 240; // 30 hours at −33 °C
    for (let i = 0; i < 10; i++) t[5000 + i] = 250; // 10 at −23 °C: the first 6 of them make 36
    const load = t.map((x) => (x < 260 ? 1e6 : 0));
    const ret = t.map(() => 310);
    const d = designHours(series(t, load, ret));
    expect(d.hours).toBe(36);
    expect(d.outdoorT).toBeCloseTo((30 * 240 + 6 * 250) / 36, 10);
    expect(d.load).toBe(1e6);
    expect(d.returnT).toBeCloseTo(310, 10);
  });

  it('equals the definition to the bit on random series with many ties (−0 and 0 among them)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.nat(5), fc.nat(100)), {
          minLength: 1,
          maxLength: 3000,
        }),
        (rows) => {
          // temperatures of a few distinct values (ties at the cut), 0 and −0 among them (equal, as in the sort)
          const t = rows.map(([a], i) => (a === 0 ? (i % 2 ? -0 : 0) : a));
          const load = rows.map(([, b]) => b * 1e5);
          const ret = rows.map(([, , c]) => 300 + c / 10);
          expect(designHours(series(t, load, ret))).toEqual(reference(t, load, ret));
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });
});
