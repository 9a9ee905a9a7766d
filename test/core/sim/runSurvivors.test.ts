/**
 * The hour loop where mutation testing found it unpinned (issue 18): a non-finite hourly value is refused
 * with the series, the hour and its calendar date named; the steps in which the dry cooler rejected miner heat
 * while the backup heater ran are counted into whole hours for the warning; the warm-up reads only the
 * run's own hours; a price series is read only when miners are curtailed by price; a weather file without
 * ground temperatures leaves the deep-soil boundary to the model; the rail's inlet temperature is the one
 * the valve set while water flows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PhysicsError } from '../../../src/core/errors';
import { loadScenario } from '../../../src/core/models/scenario';
import { buildPlant } from '../../../src/core/plant/plant';
import { type SeriesName, SERIES_NAMES } from '../../../src/core/sim/outputs';
import { checkFinite } from '../../../src/core/sim/record';
import { AnnualRun } from '../../../src/core/sim/run';
import { greenhouseFor } from '../../../src/core/sim/setup';
import { simulate } from '../../../src/core/sim/simulate';
import { bundledWeather } from '../../../src/core/weather/bundled';

const pilotJson = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));

describe('run: the series checked before the KPIs', () => {
  it('names the series and the hour (1-based, with its EPW month, day and hour) of a non-finite value', () => {
    const check = (series: Record<SeriesName, Float64Array>) => checkFinite(series, bundledWeather());
    const finite = () => {
      const x = {} as Record<SeriesName, Float64Array>;
      for (const k of SERIES_NAMES) x[k] = new Float64Array(48).fill(1);
      return x;
    };
    expect(() => check(finite())).not.toThrow();
    // Row 30 of a typical year: 2 January, the hour ending 07:00 (EPW hour 7); row 0 is 1 January hour 1.
    const last = SERIES_NAMES[SERIES_NAMES.length - 1]!;
    for (const [name, bad] of [
      [last, Number.NaN],
      [SERIES_NAMES[0]!, Number.POSITIVE_INFINITY],
    ] as const) {
      const x = finite();
      x[name][30] = bad;
      let err: unknown;
      try {
        check(x);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PhysicsError);
      expect((err as Error).message).toBe(
        `simulation produced a non-finite ${name} at hour 31 (month 1, day 2, hour 7); please report this scenario`,
      );
    }
    // The first bad hour is named.
    const two = finite();
    two[last][47] = Number.NaN;
    two[last][0] = Number.NEGATIVE_INFINITY;
    expect(() => check(two)).toThrow(/at hour 1 \(month 1, day 1, hour 1\)/);
  });
});

describe('run: hours the exchanger limited recovery', () => {
  it('a 5 m² exchanger on a January night: every hour both rejects miner heat and burns backup', () => {
    const j = structuredClone(pilotJson);
    j.heatExchanger.area = '5 m^2';
    const r = simulate(j, { hours: 6 });
    const x = r.series;
    // Both well above the 1 kW threshold in every hour (so in every sub-step): 6 of 6 hours.
    let both = 0;
    for (let h = 0; h < 6; h++) if (x.dryCoolerDuty[h]! > 1e5 && x.backupHeat[h]! > 1e5) both++;
    expect(both).toBe(6);
    const w = r.warnings.find((v) => v.code === 'exchanger-limits-recovery');
    expect(w?.hours).toBe(6);
    expect(w?.message).toMatch(/^For 6 hours the dry cooler rejected miner heat/);
    // Without a backup heater the dry cooler still rejects, but nothing burns at the same time: no warning.
    j.backupHeater.capacity = '0 W';
    const none = simulate(j, { hours: 6 });
    expect(Math.min(...none.series.dryCoolerDuty)).toBeGreaterThan(1e5);
    expect(Math.max(...none.series.backupHeat)).toBe(0);
    expect(none.warnings.some((v) => v.code === 'exchanger-limits-recovery')).toBe(false);
    // The pilot's own exchanger over 14 h: the backup runs in hours 8–10 and 12 while the dry cooler is (nearly)
    // idle — backup hours alone are no such hours.
    const pilot = simulate(pilotJson, { hours: 14 });
    expect(pilot.series.backupHeat.filter((q) => q > 1e5).length).toBeGreaterThanOrEqual(3);
    expect(pilot.warnings.some((v) => v.code === 'exchanger-limits-recovery')).toBe(false);
  });
});

describe('run: the energy-balance KPI’s throughput', () => {
  it('Σ (miner power + backup heat + |solar absorbed| + |pipe water heat|)·dt after the warm-up; residual / throughput', () => {
    const s = loadScenario(pilotJson);
    // 14 h: the night and the first sunlit hours (solar absorbed > 0 from 09:00).
    const run = new AnnualRun(s, buildPlant(s), bundledWeather(), { hours: 14 });
    const r = run.run();
    const x = r.series;
    const sums = run as unknown as { throughputSum: number; residualSum: number };
    expect(Math.max(...x.solarAbsorbed)).toBeGreaterThan(1e6);
    // No tank, no heat pump: the pipe water gives the greenhouse the miners' and the backup's heat.
    let expected = 0;
    for (let h = 0; h < 14; h++) {
      expect(x.solarAbsorbed[h]).toBeGreaterThanOrEqual(0);
      const pipe = x.heatToGreenhouse[h]! + x.backupHeat[h]!;
      expected += 3600 * (x.minerElectricPower[h]! + x.backupHeat[h]! + x.solarAbsorbed[h]! + pipe);
    }
    expect(Math.abs(sums.throughputSum - expected)).toBeLessThan(1e-6 * expected);
    expect(sums.residualSum).toBeGreaterThanOrEqual(0);
    expect(r.kpis.energyBalanceResidual).toBe(sums.residualSum / sums.throughputSum);
  });

  it('with AI racks and a heat pump: their heat and IT power added', () => {
    const ai = JSON.parse(readFileSync('models/sites/ai-racks-heat-pump.json', 'utf8'));
    const s = loadScenario(ai);
    const run = new AnnualRun(s, buildPlant(s), bundledWeather(), { hours: 3 });
    const x = run.run().series;
    const sums = run as unknown as { throughputSum: number };
    let expected = 0;
    for (let h = 0; h < 3; h++) {
      const pipe = x.heatToGreenhouse[h]! + x.heatPumpHeat[h]! + x.backupHeat[h]!;
      const hp = x.heatPumpHeat[h]! + x.aiItPower[h]!;
      expected += 3600 * (x.minerElectricPower[h]! + x.backupHeat[h]! + x.solarAbsorbed[h]! + pipe + hp);
    }
    expect(x.heatPumpHeat[0]).toBeGreaterThan(0);
    expect(Math.abs(sums.throughputSum - expected)).toBeLessThan(1e-6 * expected);
  });
});

describe('run: the warm-up and the price series', () => {
  it('a 24-h run reads wind rows up to its own last hour only: row 24 changed, nothing changes; row 23 changed, it does', () => {
    const w = bundledWeather();
    const base = simulate(pilotJson, { hours: 24 }).series;
    // Wind is read row by row only (the dry bulb also sets the deep-soil boundary from the annual mean), at
    // the end of its hour and linear between rows: hour 23 reads rows 22 and 23, its mean moving by half a step.
    const windier = (row: number) => {
      const windSpeed = Float64Array.from(w.windSpeed);
      windSpeed[row] = windSpeed[row]! + 10;
      return { ...w, windSpeed };
    };
    // The warm-up repeats hours 0 … 23 (a run of less than 14 days warms up over its own hours), so hour 24's
    // row is read by no step.
    expect(simulate(pilotJson, { hours: 24, weather: windier(24) }).series).toEqual(base);
    const x = simulate(pilotJson, { hours: 24, weather: windier(23) }).series;
    expect(x.windSpeed[23]).toBeCloseTo(base.windSpeed[23]! + 5, 9);
    expect(x.greenhouseAirT[0]).not.toBe(base.greenhouseAirT[0]);
  });

  it('without price curtailment a given price series is not read (any length)', () => {
    const r = simulate(pilotJson, { hours: 2, electricityPrice: new Float64Array(3) });
    expect(r.hours).toBe(2);
    expect([...r.series.minerPowerLimit]).toEqual([1, 1]);
  });
});

describe('run: a weather file without ground temperatures', () => {
  it('runs with the model’s own deep-soil boundary (the annual mean air), not the EPW’s 2 m ground', () => {
    const w = bundledWeather();
    expect(w.ground?.length).toBeGreaterThan(0);
    const r = simulate(pilotJson, { hours: 2, weather: { ...w, ground: [] } });
    const withGround = simulate(pilotJson, { hours: 2 });
    expect(r.hours).toBe(2);
    for (const h of [0, 1]) expect(Number.isFinite(r.series.greenhouseAirT[h]!)).toBe(true);
    expect(r.series.groundLoss[1]).not.toBe(withGround.series.groundLoss[1]);
  });
});

describe('run: the heating rail’s temperatures', () => {
  it('valve open all hour: inlet > mean > outlet, and ṁ·c_p·(T_in − T_out) is the heat the greenhouse got', () => {
    const s = loadScenario(pilotJson);
    const w = bundledWeather();
    const r = simulate(pilotJson, { hours: 6 });
    const x = r.series;
    const cp = greenhouseFor(s, w).pipeWaterCp;
    const rail = 0.0045 * 20000; // pipe flow per floor area × floor area, kg/s
    for (let h = 0; h < 6; h++) {
      expect(x.pipeInletT[h]).toBeGreaterThan(x.pipeMeanT[h]!);
      expect(x.pipeMeanT[h]).toBeGreaterThan(x.pipeOutletT[h]!);
      const got = x.heatToGreenhouse[h]! + x.backupHeat[h]!;
      const water = rail * cp * (x.pipeInletT[h]! - x.pipeOutletT[h]!);
      expect(Math.abs(water - got), `hour ${h}`).toBeLessThan(1e-6 * got);
    }
  });
});
