import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { dayShare } from '../../../src/core/sim/controls';
import { internalStepsPerHour, MAX_INTERNAL_STEP } from '../../../src/core/sim/run';
import { SERIES_NAMES } from '../../../src/core/sim/outputs';
import { simulate } from '../../../src/core/sim/simulate';
import { bundledWeather } from '../../../src/core/weather/bundled';
import type { WeatherYear } from '../../../src/core/weather/epw';
import { sunriseSunset } from '../../../src/core/weather/solar';

const pilotJson = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const aiJson = JSON.parse(readFileSync('models/sites/ai-racks-heat-pump.json', 'utf8'));
const K = (c: number) => c + 273.15;

function pilot(edit: (j: typeof pilotJson) => void = () => {}) {
  const j = structuredClone(pilotJson);
  edit(j);
  return j;
}
const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
/** The pilot's heating curve written out: 85 °C at −32 °C outdoors, 60 °C at +15 °C, flat beyond. */
function curve(tOut: number): number {
  const t = Math.min(Math.max(tOut, K(-32)), K(15));
  return K(85) + ((K(60) - K(85)) * (t - K(-32))) / (K(15) - K(-32));
}
/** The n sub-step mid-points of hour row `hr` (the hour ending at row hr), as fractions of the hour. */
const mids = (n: number) => Array.from({ length: n }, (_, k) => (k + 0.5) / n);

describe('run: the hour loop of a short simulation', () => {
  it('internal steps: at most 15 min, at least the scenario’s own', () => {
    expect(MAX_INTERNAL_STEP).toBe(900);
    expect(internalStepsPerHour(900)).toBe(4);
    expect(internalStepsPerHour(300)).toBe(12);
    expect(internalStepsPerHour(600)).toBe(6);
    expect(internalStepsPerHour(1800)).toBe(4);
    expect(internalStepsPerHour(3600)).toBe(4);
  });

  it('a day of the pilot: sizes, the weather it read, the ledger closing every hour', () => {
    const w = bundledWeather();
    const r = simulate(pilot(), { hours: 24 });
    expect(r.hours).toBe(24);
    expect(r.timeStep).toBe(900);
    expect(r.steps).toBe(96);
    expect(r.internalStep).toBe(900);
    for (const k of SERIES_NAMES) expect(r.series[k].length, k).toBe(24);
    expect(r.weather).toEqual({
      fileName: w.fileName,
      location: [w.location.city, w.location.region, w.location.country].filter((x) => x).join(', '),
      latitude: w.location.latitude,
      longitude: w.location.longitude,
      hours: 8760,
    });
    expect(r.weather.location).toMatch(/^Winnipeg/);
    const x = r.series;
    for (let h = 0; h < 24; h++) {
      // Weather: temperatures linear between rows h−1 and h (row 0 after the year's last), mean of the
      // sub-step mid-points = the mid-point of the hour; so is wind; the irradiance recorded is the row's own.
      const i0 = h === 0 ? 8759 : h - 1;
      expect(x.outdoorT[h]).toBeCloseTo((w.dryBulb[i0]! + w.dryBulb[h]!) / 2, 9);
      expect(x.skyT[h]).toBeCloseTo((w.skyTemperature[i0]! + w.skyTemperature[h]!) / 2, 9);
      expect(x.globalHorizontal[h]).toBe(w.globalHorizontal[h]);
      expect(x.windSpeed[h]).toBeCloseTo((w.windSpeed[i0]! + w.windSpeed[h]!) / 2, 9);
      const supply = mids(4).reduce(
        (a, f) => a + curve(w.dryBulb[i0]! + (w.dryBulb[h]! - w.dryBulb[i0]!) * f) / 4,
        0,
      );
      expect(x.supplySetpointT[h]).toBeCloseTo(supply, 9);
      expect(x.minerPowerLimit[h]).toBe(1);
      const ledger = x.heatToGreenhouse[h]! + x.heatPumpHeat[h]! + x.backupHeat[h]! + x.unmetHeat[h]!;
      expect(Math.abs(ledger - x.greenhouseHeatDemand[h]!)).toBeLessThan(1e-6 * x.greenhouseHeatDemand[h]!);
      expect(x.unmetHeat[h]).toBeGreaterThanOrEqual(0);
      expect(x.heatRequested[h]).toBeGreaterThan(0);
      expect(x.tankTopT[h]).toBe(0);
    }
    // A January night in Winnipeg needs heat: the miners give what they can, the boilers the rest.
    expect(sum(x.greenhouseHeatDemand) / 24).toBeGreaterThan(1e6);
    expect(r.kpis.energyBalanceResidual).toBeLessThan(1e-9);
    expect(r.kpis.energyBalanceResidual).toBeGreaterThanOrEqual(0);
    expect(r.kpis.heatToGreenhouse_MWh).toBeCloseTo(sum(x.heatToGreenhouse) / 1e6, 9);
    expect(r.kpis.heatDemandPerArea_GJm2).toBeCloseTo((sum(x.greenhouseHeatDemand) * 3600) / 1e9 / 20000, 12);
    // Economics from the same series: the miners' electricity at 0.035 USD/kWh.
    expect(r.kpis.electricityCost).toBeGreaterThan((0.035 * sum(x.minerElectricPower)) / 1e3 - 1e-6);
  });

  it('day and night: the share of sub-step mid-points between sunrise and sunset, and the ramped set-point', () => {
    const w = bundledWeather();
    const r = simulate(pilot(), { hours: 24 });
    const ss = sunriseSunset(w.location.latitude, w.location.longitude, w.location.timeZone, 1, {
      year: 2022,
    });
    if (ss.kind !== 'normal') throw new Error('Winnipeg has sunrises');
    for (let h = 0; h < 24; h++) {
      const m = mids(4).map((f) => h + f);
      const day = m.filter((t) => t > ss.sunrise && t < ss.sunset).length / 4;
      expect(r.series.isDay[h], `hour ${h}`).toBe(day);
      const sp = m.reduce((a, t) => a + (K(17) + 4 * dayShare(t, ss.sunrise, ss.sunset)) / 4, 0);
      expect(r.series.setpointT[h]).toBeCloseTo(sp, 9);
    }
    expect(sum(r.series.isDay)).toBeGreaterThan(6);
    expect(sum(r.series.isDay)).toBeLessThan(10);
  });

  it('a 5-min step: twelve sub-steps per hour', () => {
    const w = bundledWeather();
    const r = simulate(
      pilot((j) => (j.simulation.timeStep = '5 min')),
      { hours: 3 },
    );
    expect(r.internalStep).toBe(300);
    expect(r.steps).toBe(36);
    const ss = sunriseSunset(w.location.latitude, w.location.longitude, w.location.timeZone, 1, {
      year: 2022,
    });
    if (ss.kind !== 'normal') throw new Error('Winnipeg has sunrises');
    for (let h = 0; h < 3; h++) {
      const supply = mids(12).reduce(
        (a, f) =>
          a +
          curve(
            w.dryBulb[h === 0 ? 8759 : h - 1]! + (w.dryBulb[h]! - w.dryBulb[h === 0 ? 8759 : h - 1]!) * f,
          ) /
            12,
        0,
      );
      expect(r.series.supplySetpointT[h]).toBeCloseTo(supply, 9);
    }
  });

  it('a 1-h step is taken in 15-min sub-steps; coarse takes it whole', () => {
    const j = pilot((s) => (s.simulation.timeStep = '1 h'));
    const fine = simulate(j, { hours: 2 });
    expect(fine.internalStep).toBe(900);
    expect(fine.steps).toBe(2);
    const coarse = simulate(j, { hours: 2, coarse: true });
    expect(coarse.internalStep).toBe(3600);
    expect(coarse.steps).toBe(2);
    const w = bundledWeather();
    expect(coarse.series.supplySetpointT[1]).toBeCloseTo(curve((w.dryBulb[0]! + w.dryBulb[1]!) / 2), 9);
    expect(coarse.series.greenhouseAirT[1]).not.toBe(fine.series.greenhouseAirT[1]);
  });

  it('progress each simulated day, as the share done', () => {
    const seen: number[] = [];
    simulate(pilot(), { hours: 60, onProgress: (f) => seen.push(f) });
    expect(seen).toEqual([24 / 60, 48 / 60]);
  });

  it('the warm-up is as long as the run up to 14 days: a 24-h and a 48-h run start from different states', () => {
    const a = simulate(pilot(), { hours: 24 });
    const b = simulate(pilot(), { hours: 48 });
    expect(a.series.floorT[0]).not.toBe(b.series.floorT[0]);
  });

  it('curtailment: miners stop in hours priced above the threshold (not at it); a short price series is refused', () => {
    const j = pilot((s) => (s.control.curtailAbovePrice = '0.1 USD/kWh'));
    const price = new Float64Array(8760).fill(0.05);
    price[3] = 0.2;
    price[5] = 0.1;
    const r = simulate(j, { hours: 8, electricityPrice: price });
    expect([...r.series.minerPowerLimit]).toEqual([1, 1, 1, 0, 1, 1, 1, 1]);
    expect(r.series.minerElectricPower[3]).toBe(0);
    expect(r.series.minerElectricPower[5]).toBeGreaterThan(2e6);
    let err: unknown;
    try {
      simulate(j, { hours: 8, electricityPrice: new Float64Array(8759) });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).field).toBe('options.electricityPrice');
    expect((err as InputError).value).toBe(8759);
    expect((err as InputError).allowed).toBe('an hourly series of 8760 prices (one per weather hour)');
    // Without a price series, the scenario's flat tariff (0.035 USD/kWh) is below the threshold.
    const flat = simulate(j, { hours: 4 });
    expect([...flat.series.minerPowerLimit]).toEqual([1, 1, 1, 1]);
  });

  it('heat-led dispatch: the power limit follows the heat the greenhouse took, not below the minimum', () => {
    const r = simulate(
      pilot((s) => (s.control.dispatch = 'heat-led')),
      { hours: 6 },
    );
    for (let h = 0; h < 6; h++) {
      expect(r.series.minerPowerLimit[h]).toBeGreaterThanOrEqual(0.3);
      expect(r.series.minerPowerLimit[h]).toBeLessThanOrEqual(1);
    }
  });

  it('a young crop (leaf-area schedule) transpires less than the full one', () => {
    const full = simulate(pilot(), { hours: 12 });
    const young = simulate(
      pilot((s) => (s.greenhouse.leafAreaSchedule = [{ date: '01-01', lai: 0.3 }])),
      { hours: 12 },
    );
    const same = simulate(
      pilot((s) => (s.greenhouse.leafAreaSchedule = [{ date: '01-01', lai: 3 }])),
      { hours: 12 },
    );
    expect(sum(young.series.transpirationLatent)).toBeLessThan(0.5 * sum(full.series.transpirationLatent));
    expect(same.series.transpirationLatent).toEqual(full.series.transpirationLatent);
  });

  it('another weather file: its site and length; a site without region joins city and country', () => {
    const w = bundledWeather();
    const other = { ...w, location: { ...w.location, city: 'Elsewhere', region: '' } } as WeatherYear;
    const r = simulate(pilot(), { hours: 2, weather: other });
    expect(r.weather.location).toBe(`Elsewhere, ${w.location.country}`);
  });

  it('no backup heater: the greenhouse is short in the cold hours, demand = delivered + unmet every hour', () => {
    const big = simulate(pilot(), { hours: 12 });
    const r = simulate(
      pilot((s) => (s.backupHeater.capacity = '0 W')),
      { hours: 12 },
    );
    const x = r.series;
    for (let h = 0; h < 12; h++) {
      const delivered = x.heatToGreenhouse[h]! + x.backupHeat[h]!;
      expect(x.backupHeat[h]).toBe(0);
      expect(x.unmetHeat[h]).toBeGreaterThanOrEqual(0);
      expect(Math.abs(delivered + x.unmetHeat[h]! - x.greenhouseHeatDemand[h]!)).toBeLessThan(
        1e-6 * x.greenhouseHeatDemand[h]!,
      );
    }
    // 08:00–11:00 on 1 January the pilot's boilers run (2.7, 4.3, 3.2 MW of demand, more than the miners'
    // 2.7 MW): without them the greenhouse is short, and its demand is what the unlimited plant gave, ±3 %.
    for (const h of [8, 9, 10]) {
      expect(big.series.backupHeat[h]).toBeGreaterThan(0.1e6);
      expect(x.unmetHeat[h]).toBeGreaterThan(0.05 * x.greenhouseHeatDemand[h]!);
      expect(Math.abs(x.greenhouseHeatDemand[h]! - big.series.greenhouseHeatDemand[h]!)).toBeLessThan(
        0.03 * big.series.greenhouseHeatDemand[h]!,
      );
    }
    for (const h of [1, 2, 3, 4, 5, 6, 7, 11]) expect(x.unmetHeat[h], `hour ${h}`).toBe(0);
    expect(r.kpis.unmetHours).toBe(3);
    const unmet = r.warnings.find((w) => w.code === 'unmet-heat')!;
    expect(unmet.hours).toBeGreaterThanOrEqual(3);
    expect(unmet.hours).toBeLessThanOrEqual(4);
    expect(r.kpis.energyBalanceResidual).toBeLessThan(1e-9);
  });

  it('AI racks and heat pump: their series each hour and both ledgers', () => {
    const r = simulate(aiJson, { hours: 24 });
    const x = r.series;
    const it = 22 * 132e3 * 0.8;
    for (let h = 0; h < 24; h++) {
      expect(x.aiItPower[h]).toBeCloseTo(it, 3);
      expect(x.aiHeatToAir[h]).toBeCloseTo(0.15 * it, 3);
      expect(x.aiHeatToAir[h]! + x.heatPumpSourceHeat[h]! + x.aiHeatRejected[h]!).toBeCloseTo(it, 3);
      expect(x.heatPumpSourceHeat[h]! + x.heatPumpElectricity[h]!).toBeCloseTo(
        x.heatPumpHeat[h]! + x.heatPumpCyclingLoss[h]!,
        3,
      );
      const ledger = x.heatToGreenhouse[h]! + x.heatPumpHeat[h]! + x.backupHeat[h]! + x.unmetHeat[h]!;
      expect(Math.abs(ledger - x.greenhouseHeatDemand[h]!)).toBeLessThan(1e-6 * x.greenhouseHeatDemand[h]!);
    }
    expect(sum(x.heatPumpHeat)).toBeGreaterThan(0);
    expect(r.kpis.heatPumpHeat_MWh).toBeCloseTo(sum(x.heatPumpHeat) / 1e6, 9);
    expect(r.kpis.energyBalanceResidual).toBeLessThan(1e-9);
    // The economics see the heat-pump heat as recovered heat and the racks' hosting.
    expect(r.kpis.hostingRevenue).toBeGreaterThan(0);
  });
});
