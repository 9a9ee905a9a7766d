/**
 * The greenhouse step's inputs: their ranges, declared once, and the check that names the field outside its range.
 */
import * as E from '../errors';
import type { GreenhouseInputs } from './types';
const { requireFinite } = E;

/** The inputs' ranges (one declaration: the fast check and the error messages both read it). */
const RANGE = Object.freeze({
  outdoorT: { min: 193.15, max: 343.15, unit: 'K' },
  skyT: { min: 150, max: 343.15, unit: 'K' },
  windSpeed: { min: 0, max: 60, unit: 'm/s' },
  solarOnCover: { min: 0, max: 1500, unit: 'W/m²' },
  pipeMassFlow: { min: 0, max: Number.POSITIVE_INFINITY, unit: 'kg/s' },
  pipeInletT: { min: 233.15, max: 423.15, unit: 'K' },
  screenClosed: { min: 0, max: 1, unit: '' },
  ventOpening: { min: 0, max: 1, unit: '' },
  outdoorVapourPressure: { min: 0, max: 2e4, unit: 'Pa' },
  heatingSetpoint: { min: 263.15, max: 323.15, unit: 'K' },
  deepSoilT: { min: 223.15, max: 323.15, unit: 'K' },
});
type Ranged = keyof typeof RANGE;

/** The pipe water's inlet temperatures the model accepts, K (a search over the inlet stays inside them). */
export const PIPE_INLET_RANGE: Readonly<{ min: number; max: number }> = Object.freeze(RANGE.pipeInletT);

/** v within r (NaN is not; r's max bounds it above, and a max of +∞ still excludes +∞ itself). */
function within(v: number, r: { readonly min: number; readonly max: number }): boolean {
  return v >= r.min && v <= r.max && v < Number.POSITIVE_INFINITY;
}

/** Throws InputError naming the first input outside its range (RANGE). */
export function validateInputs(inp: GreenhouseInputs): void {
  if (inputsInRange(inp)) return;
  const check = (k: Ranged, v: number | undefined, when = true): void => {
    if (v !== undefined && when) requireFinite(`inputs.${k}`, v, RANGE[k].min, RANGE[k].max, RANGE[k].unit);
  };
  check('outdoorT', inp.outdoorT);
  check('skyT', inp.skyT);
  check('windSpeed', inp.windSpeed);
  check('solarOnCover', inp.solarOnCover);
  check('pipeMassFlow', inp.pipeMassFlow);
  check('pipeInletT', inp.pipeInletT, inp.pipeMassFlow > 0);
  check('screenClosed', inp.screenClosed);
  check('ventOpening', inp.ventOpening);
  check('outdoorVapourPressure', inp.outdoorVapourPressure);
  check('heatingSetpoint', inp.heatingSetpoint);
  check('deepSoilT', inp.deepSoilT);
}

/** Each range once more as a module constant, for `inputsInRange`. */
const {
  outdoorT: R_OUTDOOR_T,
  skyT: R_SKY_T,
  windSpeed: R_WIND,
  solarOnCover: R_SOLAR,
  pipeMassFlow: R_FLOW,
  pipeInletT: R_INLET,
  screenClosed: R_SCREEN,
  ventOpening: R_VENT,
  outdoorVapourPressure: R_VAPOUR,
  heatingSetpoint: R_SETPOINT,
  deepSoilT: R_DEEP_SOIL,
} = RANGE;

/**
 * All of RANGE at once, for the hot loop (three calls per step): plain comparisons against the ranges read once
 * into module constants (NaN fails them), no field name looked up per comparison; `validateInputs` then names
 * the failing field.
 */
function inputsInRange(inp: GreenhouseInputs): boolean {
  return (
    within(inp.outdoorT, R_OUTDOOR_T) &&
    within(inp.skyT, R_SKY_T) &&
    within(inp.windSpeed, R_WIND) &&
    within(inp.solarOnCover, R_SOLAR) &&
    within(inp.pipeMassFlow, R_FLOW) &&
    (inp.pipeMassFlow === 0 || within(inp.pipeInletT, R_INLET)) &&
    (inp.screenClosed === undefined || within(inp.screenClosed, R_SCREEN)) &&
    (inp.ventOpening === undefined || within(inp.ventOpening, R_VENT)) &&
    (inp.outdoorVapourPressure === undefined || within(inp.outdoorVapourPressure, R_VAPOUR)) &&
    (inp.heatingSetpoint === undefined || within(inp.heatingSetpoint, R_SETPOINT)) &&
    (inp.deepSoilT === undefined || within(inp.deepSoilT, R_DEEP_SOIL))
  );
}
