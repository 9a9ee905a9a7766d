/**
 * The thermal screen's rule (control.ts) against GreenLight's written out here ([K] ch. 4: min(thScrCold,
 * thScrHeat, max(thScrRh, 1 − ventCold)) with eq. 4.1's proportional bands), and `screenClosureAt` — the rule
 * with its cold-outside part evaluated once per step, as the screen searches call it — against the whole rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { screenClosure, screenClosureAt, screenCold } from '../../../src/core/greenhouse/control';
import { screen } from './katzinRules';

describe('the thermal screen rule', () => {
  it('is GreenLight’s, and the same with its cold-outside part taken once (to the bit)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 240, max: 310, noNaN: true }),
        fc.boolean(),
        fc.double({ min: 280, max: 310, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 285, max: 297, noNaN: true }),
        fc.double({ min: 0.7, max: 0.95, noNaN: true }),
        (To, isDay, Ta, rh, sp, rhMax) => {
          const u = screenClosure(To, isDay, Ta, rh, sp, rhMax);
          expect(Math.abs(u - screen(To, isDay, Ta, rh, sp, rhMax))).toBeLessThan(1e-12);
          expect(screenClosureAt(screenCold(To, isDay), Ta, rh, sp, rhMax)).toBe(u);
        },
      ),
      { seed: 20261207, numRuns: 2000 },
    );
  });

  it('closes on a cold night, opens a gap for humid air, opens for a warm house', () => {
    expect(screenClosure(263, false, 291, 0.6, 291, 0.87)).toBeGreaterThan(0.99);
    expect(screenClosure(263, false, 291, 0.95, 291, 0.87)).toBeLessThan(0.2);
    expect(screenClosure(263, false, 296, 0.6, 291, 0.87)).toBeLessThan(0.01);
    expect(screenClosure(290, true, 291, 0.6, 291, 0.87)).toBeLessThan(1e-6);
  });
});
