/** The night the dry-surface tests (dryScreen, dryCover) step: screen closed, vents prescribed, a warm rail. */
import type { GreenhouseInputs } from '../../../src/core/greenhouse/types';

/** State size and latent heat of the step's vapour rows, J/kg. */
export const N = 15;
export const L = 2.45e6;

/** Inputs of a night at `outdoorC` °C over a 1 ha house: sky 15 K colder, 3 m/s, screen closed, vents 5 %. */
export function closedScreenNight(outdoorC: number): GreenhouseInputs {
  return {
    outdoorT: outdoorC + 273.15,
    skyT: outdoorC + 258.15,
    windSpeed: 3,
    solarOnCover: 0,
    pipeInletT: 323.15,
    pipeMassFlow: 0.02 * 1e4 * 0.001,
    outdoorVapourPressure: 300,
    screenClosed: 1,
    ventOpening: 0.05,
    isDay: false,
    heatingSetpoint: 291.15,
  };
}
