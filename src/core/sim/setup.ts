/**
 * Set-up of an annual run from a validated scenario: the greenhouse model, the buffer tank, the weather
 * year, sunrise/sunset per day, the run length and the plant's full-power coolant heat.
 */
import { ZERO_CELSIUS } from '../errors';
import { type BufferTank, createBufferTank } from '../components/bufferTank';
import { InputError } from '../errors';
import { createGreenhouse, type GreenhouseModel, type GreenhouseParams } from '../greenhouse';
import { dayOfYear, leafAreaAt, leafAreaSchedule } from '../greenhouse/leafArea';
import type { Scenario } from '../models/scenario';
import { type Plant, solvePlant } from '../plant/plant';
import { bundledWeather } from '../weather/bundled';
import type { WeatherYear } from '../weather/epw';
import { sunriseSunset } from '../weather/solar';
import { type SeriesName, SERIES_NAMES } from './outputs';
import type { SimulateOptions } from './types';

/** Buffer tank surroundings (a heated plant room, assumption) and initial temperature, K. */
export const TANK_AMBIENT = 288.15;
const TANK_INITIAL_T = 318.15;

/** The scenario's weather year (only the bundled one can be named in a scenario; others are passed in). */
export function weatherFor(s: Scenario): WeatherYear {
  if (s.site.weather === 'bundled:winnipeg-tmyx') return bundledWeather();
  throw new InputError(
    'site.weather',
    s.site.weather,
    '"bundled:winnipeg-tmyx", or pass the parsed file as options.weather (CLI: --weather file.epw)',
  );
}

/** The number of hours to simulate (`options.hours`, default the whole file). */
export function runHours(hours: number | undefined, length: number): number {
  if (hours === undefined) return length;
  if (!(Number.isInteger(hours) && hours >= 1 && hours <= length)) {
    throw new InputError('options.hours', hours, `a whole number of hours between 1 and ${length}`);
  }
  return hours;
}

export function meanOf(a: Float64Array): number {
  let t = 0;
  for (let i = 0; i < a.length; i++) t += a[i]!;
  return t / a.length;
}

/**
 * The greenhouse model of a scenario per m² of floor, as the annual run steps it. The model (Vanthoor 2011) is
 * per m² of floor inside: its capacities, conductances and flows are areal, and only the heats it reports are
 * multiplied by its floor area. The annual run steps it at 1 m² and multiplies by the floor area in two places
 * only, the heat handed to the plant and the hourly heat series (run.ts), so that its greenhouse side does not
 * depend on the floor area to the bit, and a floor-area edit can replay it (greenhouseTrace.ts). The scenario's
 * floor area is still checked against its declared range, and the cover's rating U is the house's.
 */
export function greenhousePerArea(s: Scenario, w: WeatherYear): GreenhouseModel {
  return createGreenhouse(greenhouseParams(s, w), true);
}

/** The greenhouse model of a scenario: air pressure and deep-soil temperature from the weather year. */
export function greenhouseFor(s: Scenario, w: WeatherYear): GreenhouseModel {
  return createGreenhouse(greenhouseParams(s, w));
}

/** The greenhouse parameters of a scenario, with air pressure and deep-soil temperature from the weather year. */
function greenhouseParams(s: Scenario, w: WeatherYear): GreenhouseParams {
  const g = s.greenhouse;
  return {
    floorArea: g.floorArea,
    cover: g.cover,
    coverToFloorRatio: g.coverToFloorRatio,
    height: g.height,
    topHeight: g.topHeight,
    thermalScreen: g.thermalScreen !== undefined ? g.thermalScreen === 'installed' : g.screenSaving !== 0,
    daySetpoint: g.daySetpoint,
    nightSetpoint: g.nightSetpoint,
    ventOffset: g.ventOffset,
    leakage: g.leakage,
    roofVentShare: g.roofVentShare,
    ventHeight: g.ventHeight,
    leafAreaIndex: g.leafAreaIndex,
    indoorRH: g.indoorRH,
    airPressure: meanOf(w.pressure),
    deepSoilT: meanOf(w.dryBulb),
    // Heating rail: 51 mm steel tube (Vanthoor 2011 Table 8.2 φ_Pipe,e 0.051 m, φ_Pipe,i 0.047 m, ε 0.88).
    pipeRail: {
      outerDiameter: 0.051,
      innerDiameter: 0.047,
      lengthPerFloorArea: g.pipeLengthPerArea,
      emissivity: 0.88,
    },
  };
}

/**
 * The crop's leaf area hour by hour from the scenario's leaf-area schedule (greenhouse/leafArea.ts), one
 * value per weather hour, or undefined when the leaf area is constant.
 */
export function leafAreaSeries(s: Scenario, w: WeatherYear): Float64Array | undefined {
  const sched = s.greenhouse.leafAreaSchedule;
  if (!sched) return undefined;
  const points = leafAreaSchedule('greenhouse.leafAreaSchedule', sched);
  const out = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = leafAreaAt(points, dayOfYear(w.month[i]!, w.day[i]!));
  return out;
}

/** The scenario's buffer tank on the greenhouse loop, or undefined without one. */
export function tankFor(s: Scenario, plant: Plant): BufferTank | undefined {
  const bt = s.bufferTank;
  if (!(bt.volume > 0)) return undefined;
  return createBufferTank({
    volume: bt.volume,
    height: bt.height,
    nodes: bt.nodes,
    fluid: plant.greenhouseFluid,
    lossUA: bt.lossUA,
    initialT: TANK_INITIAL_T,
  });
}

/** Sunrise and sunset of a weather year, computed once per year object (≈ 1.6 ms: 1.5 % of a one-hour year). */
const sunCache = new WeakMap<WeatherYear, SunTimes>();

/** Sunrise and sunset per day of a weather file (local standard time, decimal hours). */
export interface SunTimes {
  readonly sunrise: Float64Array;
  readonly sunset: Float64Array;
}

/**
 * Sunrise and sunset per day of the file (local standard time, decimal hours), cached per weather year (every run
 * on a year reads them; the arrays are shared, so they are not to be written).
 */
export function sunTimes(w: WeatherYear): SunTimes {
  const hit = sunCache.get(w);
  if (hit) return hit;
  const days = Math.ceil(w.length / 24);
  const sunrise = new Float64Array(days);
  const sunset = new Float64Array(days);
  const loc = w.location;
  for (let d = 0; d < days; d++) {
    const doy = w.dayOfYear[Math.min(d * 24, w.length - 1)]!;
    const ss = sunriseSunset(loc.latitude, loc.longitude, loc.timeZone, doy, {
      year: w.leapYear ? 2024 : 2022,
    });
    if (ss.kind === 'normal') {
      sunrise[d] = ss.sunrise;
      sunset[d] = ss.sunset;
    } else {
      sunrise[d] = ss.kind === 'polarDay' ? 0 : 12;
      sunset[d] = ss.kind === 'polarDay' ? 24 : 12;
    }
  }
  const times = { sunrise, sunset };
  sunCache.set(w, times);
  return times;
}

/** Coolant heat of the bank at full power and design conditions (heat-led dispatch scales from it), W. */
export function fullCoolantHeat(plant: Plant): number {
  const full = solvePlant(plant, {
    ambientT: ZERO_CELSIUS,
    heatDemand: 0,
    supplySetpoint: 323.15,
    powerLimit: 1,
  });
  return Math.max(1, full.heatToCoolant);
}

/** An array of `length` values from `opt.memory` when it gives one of that length, else a new one. */
export function memoryOf(opt: SimulateOptions, length: number): Float64Array {
  const given = opt.memory?.(length);
  return given?.length === length ? given : new Float64Array(length);
}

/** A run's series: one block (one allocation, `opt.memory`'s when it fits), a view of `hours` values each. */
export function newSeries(hours: number, opt: SimulateOptions = {}): Record<SeriesName, Float64Array> {
  const series = {} as Record<SeriesName, Float64Array>;
  const length = SERIES_NAMES.length * hours;
  const block = memoryOf(opt, length);
  SERIES_NAMES.forEach((k, i) => {
    series[k] = block.subarray(i * hours, (i + 1) * hours);
  });
  return series;
}
