/**
 * `SimulateOptions.memory`: the run's hourly series are views of one block, the caller's when it has
 * the asked length, with the same numbers as a run that allocates its own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/core/models/scenario';
import { SERIES_NAMES } from '../../../src/core/sim/outputs';
import { simulate, simulateTraced } from '../../../src/core/sim/simulate';
import { STEP_FIELDS } from '../../../src/core/sim/greenhouseTrace';
import { setField } from '../../../src/core/models/scenario';

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
      memory: (n) => {
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
    const r = simulate(pilot, { hours: HOURS, memory: () => wrong });
    expect(r.series.hxDuty.buffer).not.toBe(wrong.buffer);
    expect(Array.from(r.series.hxDuty)).toEqual(Array.from(own.series.hxDuty));
  });

  it('a run that records its greenhouse side takes the trace’s rows from it too (NaN-filled: every row written)', () => {
    const blocks = new Map<number, Float64Array>();
    const memory = (n: number) => {
      const b = new Float64Array(n).fill(Number.NaN);
      blocks.set(n, b);
      return b;
    };
    const rec = simulateTraced(pilot, { hours: HOURS, memory }, { record: true });
    const rows = (HOURS + HOURS) * 4 * STEP_FIELDS; // the warm-up repeats the run's own 30 h, 15-min steps
    expect([...blocks.keys()].sort((a, b) => a - b)).toEqual(
      [rows, SERIES_NAMES.length * HOURS].sort((a, b) => a - b),
    );
    expect(rec.trace!.steps).toBe(blocks.get(rows));
    expect(rec.trace!.steps.every(Number.isFinite)).toBe(true);
    const s = loadScenario(
      setField(
        JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8')),
        'heatExchanger.area',
        '60 m^2',
      ),
    );
    const r = simulateTraced(s, { hours: HOURS }, { replay: rec.trace! });
    expect(r.replayed).toBe(true);
    expect(Array.from(r.result.series.hxDuty)).toEqual(
      Array.from(simulate(s, { hours: HOURS }).series.hxDuty),
    );
  });
});
