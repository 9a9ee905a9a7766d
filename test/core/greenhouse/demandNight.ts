/** The winter night the demand tests (demandFlows, demandSurvivors) start from: −5 °C, sky 255 K, rail at 320 K. */
import type { GreenhouseInputs } from '../../../src/core/greenhouse/types';

export const night = (o: Partial<GreenhouseInputs> = {}): GreenhouseInputs => ({
  outdoorT: 268,
  skyT: 255,
  windSpeed: 3,
  solarOnCover: 0,
  pipeInletT: 320,
  pipeMassFlow: 30,
  isDay: false,
  ...o,
});
