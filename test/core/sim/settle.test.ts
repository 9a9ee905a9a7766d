/**
 * The run starts the greenhouse from its steady state at the first step's weather (stepWeather.ts `settle`). From the
 * old start (every temperature at the set-point) the first warm-up step asked 8.7 MW to warm the pipes, more
 * than the pilot's plant gives, so the greenhouse's whole run depended on the backup heater even though no
 * step of the year ever ran short. Now a plant that never runs short leaves the greenhouse untouched.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setField } from '../../../src/core/models/scenario';
import { GREENHOUSE_SERIES } from '../../../src/core/sim/greenhouseTrace';
import { simulate } from '../../../src/core/sim/simulate';

const pilot = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));

describe('the greenhouse starts from its steady state', () => {
  it('a backup heater that is never short (6 MW or 60 MW) leaves every greenhouse series the same to the bit', () => {
    const a = simulate(setField(pilot, 'backupHeater.capacity', '6 MW'), { hours: 48 });
    const b = simulate(setField(pilot, 'backupHeater.capacity', '60 MW'), { hours: 48 });
    expect(a.kpis.unmetHeat_MWh).toBe(0);
    for (const k of GREENHOUSE_SERIES) expect([...a.series[k]], k).toEqual([...b.series[k]]);
  });
});
