/**
 * The weather and controls of each step of the annual run (see simulate.ts, 1.–2.): the weather between the
 * hourly rows (weather/subHourly.ts), day and night from sunrise and sunset, the ramped heating set-point and
 * the heating curve's supply set-point, written into the step values and the greenhouse's inputs; and the
 * greenhouse's steady start (`settle`).
 */
import { PhysicsError } from '../errors';
import {
  type GreenhouseInputs,
  type GreenhouseModel,
  saturationVapourPressure,
  steadyState,
} from '../greenhouse';
import type { Scenario } from '../models/scenario';
import type { WeatherYear } from '../weather/epw';
import { deepGroundTemperature } from '../weather/ground';
import { atTime, hourMeanAt } from '../weather/subHourly';
import { dayShare, HeatingCurve } from './controls';
import type { StepValues } from './record';
import { sunTimes } from './setup';
import { coverSolar } from './solar';

export class StepWeather {
  /** Hourly global radiation as the greenhouse model should see it (see `coverSolar`), W/m². */
  private readonly solarIn: Float64Array;
  /** Deep-soil boundary (the EPW's 2 m ground temperature, as GreenLight), or undefined: the annual mean air. */
  private readonly deepSoil: Float64Array | undefined;
  private readonly sunrise: Float64Array;
  private readonly sunset: Float64Array;
  private readonly curve: HeatingCurve;

  constructor(
    private readonly s: Scenario,
    private readonly w: WeatherYear,
    model: GreenhouseModel,
  ) {
    const g = s.greenhouse;
    this.solarIn = coverSolar(w, model.cover, g.roofSlope, g.ridgeAzimuth);
    this.deepSoil = deepGroundTemperature(w.ground, w.dayOfYear, w.hour, 2);
    this.curve = new HeatingCurve(s.greenhouseLoop.heatingCurve);
    ({ sunrise: this.sunrise, sunset: this.sunset } = sunTimes(w));
  }

  /** The step at fraction f through hour `hr` into `v` and `inp`. */
  at(hr: number, f: number, v: StepValues, inp: GreenhouseInputs): void {
    const w = this.w;
    const g = this.s.greenhouse;
    const i1 = hr;
    const i0 = hr === 0 ? w.length - 1 : hr - 1; // the year wraps round (typical-year convention)
    const day = Math.floor(hr / 24);
    const rise = this.sunrise[day]!;
    const set = this.sunset[day]!;
    v.tOut = atTime(w.dryBulb, i0, i1, f);
    v.tSky = atTime(w.skyTemperature, i0, i1, f);
    v.wind = atTime(w.windSpeed, i0, i1, f);
    const localHour = (hr % 24) + f; // hour ending convention: row h covers (h−1, h]
    v.isDay = localHour > rise && localHour < set;
    v.setpoint = g.nightSetpoint + (g.daySetpoint - g.nightSetpoint) * dayShare(localHour, rise, set);
    inp.outdoorT = v.tOut;
    inp.skyT = v.tSky;
    inp.windSpeed = v.wind;
    inp.solarOnCover = hourMeanAt(this.solarIn, hr, f);
    inp.isDay = v.isDay;
    inp.screenClosed = undefined; // GreenLight's screen controller inside the greenhouse model
    inp.heatingSetpoint = v.setpoint;
    inp.outdoorVapourPressure = saturationVapourPressure(atTime(w.dewPoint, i0, i1, f));
    inp.deepSoilT = this.deepSoil?.[i1];
    v.supplySet = this.curve.at(v.tOut);
  }
}

/**
 * Start the greenhouse from its steady state at the first step's weather (already in `inp` and `v`) with the
 * air at its set-point (pipes, cover, soil and vapour in balance with the heat that holds it; Modelica's
 * steady-state initialisation), instead of every temperature at the set-point: from that cold start the
 * pilot's first step asked 8.7 MW to warm the pipes (its steady night load is about 2.5 MW), more than its
 * plant gives, so the warm-up's first step depended on the plant. The warm-up then runs as before. When the
 * steady state cannot be found (it is a Picard iteration) or lies outside the model's range (a house whose pipes
 * would have to be above 500 K to hold its set-point: it runs short of heat instead), the cold start stays.
 */
export function settle(
  model: GreenhouseModel,
  state: Float64Array,
  inp: GreenhouseInputs,
  v: StepValues,
  railFlow: number,
): void {
  inp.pipeMassFlow = railFlow;
  inp.pipeInletT = v.supplySet;
  const start = Float64Array.from(state);
  try {
    steadyState(model, inp, v.setpoint, state);
  } catch (e) {
    if (!(e instanceof PhysicsError)) throw e;
    state.set(start);
  }
}
