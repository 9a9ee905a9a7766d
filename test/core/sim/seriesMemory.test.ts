/**
 * `SimulateOptions.seriesMemory`: the run's hourly series are views of one block, the caller's when it has
 * the asked length, with the same numbers as a run that allocates its own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/core/models/scenario';
import { SERIES_NAMES } from '../../../src/core/sim/outputs';
import { simulate } from '../../../src/core/sim/simulate';

const pilot = loadScenario(JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8')));
const HOURS = 30;

describe('the run’s series memory', () => {
  const own = simulate(pilot, { hours: HOURS });

  it('by default one block of its own, a view of `hours` values per series', () => {
    const block = own.series.outdoorT.buffer;
    expect(block.byteLength).toBe(SERIES_NAMES.length * HOURS * 8);
    for (const [i, k] of SERIES_NAMES.entries()) {
      expect(own.series[k].buffer).toBe(block);
      expect(own.series[k].byteOffset).toBe(i * HOURS * 8);
      expect(own.series[k].length).toBe(HOURS);
    }
  });

  it('the caller’s block when it has the asked length (filled with garbage first: every hour is written)', () => {
    const asked: number[] = [];
    const given = new Float64Array(SERIES_NAMES.length * HOURS).fill(Number.NaN);
    const r = simulate(pilot, {
      hours: HOURS,
      seriesMemory: (n) => {
        asked.push(n);
        return given;
      },
    });
    expect(asked).toEqual([SERIES_NAMES.length * HOURS]);
    expect(r.series.hxDuty.buffer).toBe(given.buffer);
    for (const k of SERIES_NAMES) expect(Array.from(r.series[k])).toEqual(Array.from(own.series[k]));
  });

  it('a block of another length is not used', () => {
    const wrong = new Float64Array(7);
    const r = simulate(pilot, { hours: HOURS, seriesMemory: () => wrong });
    expect(r.series.hxDuty.buffer).not.toBe(wrong.buffer);
    expect(Array.from(r.series.hxDuty)).toEqual(Array.from(own.series.hxDuty));
  });
});
