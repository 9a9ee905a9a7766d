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

function inRange(k: Ranged, v: number): boolean {
  const r = RANGE[k];
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

/**
 * All of RANGE at once, for the hot loop (two calls per step): plain comparisons (NaN fails them), small enough
 * to be inlined, so no number is boxed for a call per field; `validateInputs` then names the failing field.
 */
function inputsInRange(inp: GreenhouseInputs): boolean {
  return (
    inRange('outdoorT', inp.outdoorT) &&
    inRange('skyT', inp.skyT) &&
    inRange('windSpeed', inp.windSpeed) &&
    inRange('solarOnCover', inp.solarOnCover) &&
    inRange('pipeMassFlow', inp.pipeMassFlow) &&
    (inp.pipeMassFlow === 0 || inRange('pipeInletT', inp.pipeInletT)) &&
    (inp.screenClosed === undefined || inRange('screenClosed', inp.screenClosed)) &&
    (inp.ventOpening === undefined || inRange('ventOpening', inp.ventOpening)) &&
    (inp.outdoorVapourPressure === undefined ||
      inRange('outdoorVapourPressure', inp.outdoorVapourPressure)) &&
    (inp.heatingSetpoint === undefined || inRange('heatingSetpoint', inp.heatingSetpoint)) &&
    (inp.deepSoilT === undefined || inRange('deepSoilT', inp.deepSoilT))
  );
}
