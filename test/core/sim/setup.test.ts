import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBufferTank } from '../../../src/core/components/bufferTank';
import { leafAreaAt, leafAreaSchedule } from '../../../src/core/greenhouse/leafArea';
import { loadScenario, type Scenario } from '../../../src/core/models/scenario';
import { buildPlant, solvePlant } from '../../../src/core/plant/plant';
import {
  fullCoolantHeat,
  greenhouseFor,
  greenhousePerArea,
  leafAreaSeries,
  meanOf,
  runHours,
  sunTimes,
  TANK_AMBIENT,
  tankFor,
  weatherFor,
} from '../../../src/core/sim/setup';
import { bundledWeather } from '../../../src/core/weather/bundled';
import type { WeatherYear } from '../../../src/core/weather/epw';
import { sunriseSunset } from '../../../src/core/weather/solar';
import { refusal } from './refusal';

const pilotJson = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const K = (c: number) => c + 273.15;

function pilotWith(edit: (j: typeof pilotJson) => void): Scenario {
  const j = structuredClone(pilotJson);
  edit(j);
  return loadScenario(j);
}

describe('setup: what an annual run is built from', () => {
  it('the tank room is 15 °C', () => {
    expect(TANK_AMBIENT).toBeCloseTo(K(15), 12);
  });

  it('weatherFor: the bundled Winnipeg year by name; any other name refused with the field and what to do', () => {
    const s = loadScenario(pilotJson);
    const w = weatherFor(s);
    expect(w.length).toBe(8760);
    expect(w.dryBulb).toEqual(bundledWeather().dryBulb);
    const other = { ...s, site: { ...s.site, weather: 'my-site.epw' } } as Scenario;
    const e = refusal(() => weatherFor(other));
    expect(e.field).toBe('site.weather');
    expect(e.value).toBe('my-site.epw');
    expect(e.allowed).toBe(
      '"bundled:winnipeg-tmyx", or pass the parsed file as options.weather (CLI: --weather file.epw)',
    );
  });

  it('runHours: the whole file by default; 1 … length accepted; anything else refused with the range', () => {
    expect(runHours(undefined, 8760)).toBe(8760);
    expect(runHours(1, 8760)).toBe(1);
    expect(runHours(48, 8760)).toBe(48);
    expect(runHours(8760, 8760)).toBe(8760);
    for (const bad of [0, -1, 8761, 1.5, Number.NaN, Infinity]) {
      const e = refusal(() => runHours(bad, 8760));
      expect(e.field).toBe('options.hours');
      expect(e.value).toBe(bad);
      expect(e.allowed).toBe('a whole number of hours between 1 and 8760');
    }
    expect(refusal(() => runHours(25, 24)).allowed).toBe('a whole number of hours between 1 and 24');
  });

  it('meanOf: the arithmetic mean', () => {
    expect(meanOf(new Float64Array([1, 2, 6]))).toBe(3);
    expect(meanOf(new Float64Array([-4]))).toBe(-4);
  });

  it('greenhouseFor: the scenario greenhouse, air pressure and deep soil from the weather year, the 51 mm rail', () => {
    const s = loadScenario(pilotJson);
    const w = bundledWeather();
    let p = 0;
    let t = 0;
    for (let i = 0; i < w.length; i++) {
      p += w.pressure[i]!;
      t += w.dryBulb[i]!;
    }
    const m = greenhouseFor(s, w);
    expect(m.floorArea).toBe(20000);
    expect(m.coverToFloorRatio).toBe(1.3);
    expect(m.heatingSetpointDay).toBeCloseTo(K(21), 9);
    expect(m.heatingSetpointNight).toBeCloseTo(K(17), 9);
    expect(m.ventOffset).toBeCloseTo(4, 12);
    expect(m.airPressure).toBeCloseTo(p / w.length, 6);
    expect(m.deepSoilT).toBeCloseTo(t / w.length, 9);
    expect(m.thermalScreen).toBe(true);
    expect(m.lai).toBe(3);
    expect(m.rhMax).toBeCloseTo(0.85, 12);
    expect(m.pipeRail).toMatchObject({
      outerDiameter: 0.051,
      innerDiameter: 0.047,
      lengthPerFloorArea: 3,
      emissivity: 0.88,
    });
  });

  it('greenhousePerArea: the same house per m² of floor (areas scaled, the cover rating the house’s), built alike', () => {
    const s = loadScenario(pilotJson);
    const w = bundledWeather();
    const house = greenhouseFor(s, w);
    const one = greenhousePerArea(s, w);
    expect([one.floorArea, one.coverArea, one.volume]).toEqual([
      1,
      house.coverToFloorRatio,
      house.meanHeight,
    ]);
    expect(one.ratingU).toBe(house.ratingU);
    expect(one.lai).toBe(house.lai);
    expect(one.heatingSetpointNight).toBe(house.heatingSetpointNight);
    // the same fields in the same order: one object literal builds both (params.ts buildGreenhouse)
    expect(Object.keys(one)).toEqual(Object.keys(house));
    // the house's own floor area is still checked against its range (a scenario built past loadScenario's check)
    const tiny = { ...s, greenhouse: { ...s.greenhouse, floorArea: 5 } } as Scenario;
    expect(() => greenhousePerArea(tiny, w)).toThrow(/greenhouse\.floorArea/);
  });

  it('greenhouseFor: thermalScreen "none" has none; without the field, screenSaving 0 means none, any other a screen', () => {
    const w = bundledWeather();
    expect(
      greenhouseFor(
        pilotWith((j) => (j.greenhouse.thermalScreen = 'none')),
        w,
      ).thermalScreen,
    ).toBe(false);
    const legacy = (saving: number | undefined) =>
      pilotWith((j) => {
        delete j.greenhouse.thermalScreen;
        if (saving !== undefined) j.greenhouse.screenSaving = saving;
      });
    expect(greenhouseFor(legacy(0), w).thermalScreen).toBe(false);
    expect(greenhouseFor(legacy(0.3), w).thermalScreen).toBe(true);
  });

  it('leafAreaSeries: none for a constant leaf area; otherwise the schedule at each weather hour’s day', () => {
    const w = bundledWeather();
    expect(leafAreaSeries(loadScenario(pilotJson), w)).toBeUndefined();
    const sched = [
      { date: '01-01', lai: 0.2 },
      { date: '03-01', lai: 3 },
    ];
    const a = leafAreaSeries(
      pilotWith((j) => (j.greenhouse.leafAreaSchedule = sched)),
      w,
    )!;
    expect(a.length).toBe(w.length);
    // 1 January 0.2; 30 January (day 29 of 59 to 1 March) 0.2 + 2.8·29/59; from 1 March on 3.
    expect(a[0]).toBeCloseTo(0.2, 12);
    expect(a[29 * 24 + 5]).toBeCloseTo(0.2 + (2.8 * 29) / 59, 12);
    expect(a[8000]).toBeCloseTo(3, 12);
    const pts = leafAreaSchedule('x', sched);
    expect(a[24 * 40]).toBeCloseTo(leafAreaAt(pts, 40), 12);
  });

  it('tankFor: none at volume 0; otherwise the scenario tank on the greenhouse fluid, all at 45 °C', () => {
    const s0 = loadScenario(pilotJson);
    expect(tankFor(s0, buildPlant(s0))).toBeUndefined();
    const s = pilotWith(
      (j) => (j.bufferTank = { volume: '50 m^3', height: '5 m', nodes: 6, lossUA: '20 W/K' }),
    );
    const plant = buildPlant(s);
    const tank = tankFor(s, plant)!;
    expect(tank.nodes).toBe(6);
    expect([...tank.T]).toEqual(new Array(6).fill(318.15));
    const ref = createBufferTank({
      volume: 50,
      height: 5,
      nodes: 6,
      fluid: plant.greenhouseFluid,
      lossUA: 20,
      initialT: 318.15,
    });
    expect(tank.nodeMass).toBeCloseTo(ref.nodeMass, 9);
    expect(tank.cp).toBeCloseTo(ref.cp, 9);
    let ua = 0;
    for (const u of tank.nodeUA) ua += u;
    expect(ua).toBeCloseTo(20, 9);
  });

  it('sunTimes: sunrise and sunset of each day of the file at its site, in the file’s year kind', () => {
    const w = bundledWeather();
    const { sunrise, sunset } = sunTimes(w);
    expect(sunrise.length).toBe(365);
    for (const d of [0, 100, 171, 364]) {
      const ss = sunriseSunset(w.location.latitude, w.location.longitude, w.location.timeZone, d + 1, {
        year: 2022,
      });
      if (ss.kind !== 'normal') throw new Error('Winnipeg has sunrises');
      expect(sunrise[d]).toBe(ss.sunrise);
      expect(sunset[d]).toBe(ss.sunset);
    }
    // Winnipeg, 21 June: sunrise ≈ 4:20, sunset ≈ 20:40 local standard time (CST, UTC−6).
    expect(sunrise[171]).toBeGreaterThan(4);
    expect(sunrise[171]).toBeLessThan(4.6);
    expect(sunset[171]).toBeGreaterThan(20.4);
    expect(sunset[171]).toBeLessThan(21);
  });

  it('sunTimes: computed once per weather year (every run on it reads the same arrays); another year object gets its own', () => {
    const w = bundledWeather();
    const first = sunTimes(w);
    expect(sunTimes(w)).toBe(first);
    const moved = { ...w, location: { ...w.location, latitude: 60 } } as WeatherYear;
    const other = sunTimes(moved);
    expect(other).not.toBe(first);
    // further north in June: an earlier sunrise than Winnipeg's
    expect(other.sunrise[171]!).toBeLessThan(first.sunrise[171]! - 0.3);
  });

  it('sunTimes: a leap-year file uses 2024; a partial last day counts; polar day 0–24 h, polar night 12–12 h', () => {
    const w = bundledWeather();
    const part = { ...w, length: 30, leapYear: true } as WeatherYear;
    const { sunrise, sunset } = sunTimes(part);
    expect(sunrise.length).toBe(2);
    const day2 = sunriseSunset(
      w.location.latitude,
      w.location.longitude,
      w.location.timeZone,
      w.dayOfYear[24]!,
      {
        year: 2024,
      },
    );
    if (day2.kind !== 'normal') throw new Error('Winnipeg has sunrises');
    expect(sunrise[1]).toBe(day2.sunrise);
    expect(sunset[1]).toBe(day2.sunset);
    // Svalbard (78° N): polar night in January, polar day in June.
    const north = {
      ...w,
      location: { ...w.location, latitude: 78, longitude: 15, timeZone: 1 },
    } as WeatherYear;
    const t = sunTimes(north);
    expect([t.sunrise[10], t.sunset[10]]).toEqual([12, 12]);
    expect([t.sunrise[171], t.sunset[171]]).toEqual([0, 24]);
    expect(t.sunrise[80]).toBeGreaterThan(0);
    expect(t.sunrise[80]).toBeLessThan(12);
  });

  it('fullCoolantHeat: the bank’s coolant heat at full power, 0 °C outside, 50 °C supply, no heat asked', () => {
    const s = loadScenario(pilotJson);
    const plant = buildPlant(s);
    const full = solvePlant(plant, { ambientT: K(0), heatDemand: 0, supplySetpoint: K(50), powerLimit: 1 });
    expect(fullCoolantHeat(plant)).toBe(full.heatToCoolant);
    // 360 miners of about 8 kW: most of ~2.9 MW into the coolant.
    expect(fullCoolantHeat(plant)).toBeGreaterThan(2.4e6);
    expect(fullCoolantHeat(plant)).toBeLessThan(3.2e6);
    const half = solvePlant(plant, { ambientT: K(0), heatDemand: 0, supplySetpoint: K(50), powerLimit: 0.5 });
    expect(half.heatToCoolant).toBeLessThan(full.heatToCoolant);
  });
});
