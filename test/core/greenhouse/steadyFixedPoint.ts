/** A steady state (demand.ts `steadyState`) checked as what it claims to be, for the greenhouse tests. */
import { expect } from 'vitest';
import { GreenhouseStepOutput, stepGreenhouse } from '../../../src/core/greenhouse/model';
import type { GreenhouseModel } from '../../../src/core/greenhouse/params';
import type { GreenhouseInputs, HeatDemandOutput } from '../../../src/core/greenhouse/types';

/**
 * A day-long step from the steady state `s` with its inlet, screen and vents stays put (1e-6 K, 1e-5 Pa), and
 * the water heat leaves by the cover, leakage, vents, ground and latent loss (to 1e-6).
 */
export function expectSteadyFixedPoint(
  m: GreenhouseModel,
  inp: GreenhouseInputs,
  s: Float64Array,
  d: HeatDemandOutput,
): void {
  const x = s.slice();
  stepGreenhouse(
    m,
    x,
    { ...inp, pipeInletT: d.pipeInletT, screenClosed: d.screenClosed, ventOpening: d.ventOpening },
    86400,
    new GreenhouseStepOutput(),
  );
  for (let i = 0; i < 15; i++) expect(Math.abs(x[i]! - s[i]!)).toBeLessThan(1e-6 * (i < 13 ? 1 : 10));
  const losses = d.coverLoss + d.airExchangeLoss + d.soilToDeep + d.latentLoss;
  expect(d.waterHeat / losses).toBeCloseTo(1, 6);
}
