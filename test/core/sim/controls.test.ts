/**
 * The climate computer's controls by hand: the day/night set-point share with its 2-hour ramps, the heating curve's
 * linear interpolation with flat ends, and the miners' power limit in each dispatch mode.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/core/models/scenario';
import { dayShare, HeatingCurve, powerLimit, SETPOINT_RAMP } from '../../../src/core/sim/controls';

describe('dayShare', () => {
  // sunrise 7:00, sunset 17:00, ramps of SETPOINT_RAMP = 2 h
  it.each([
    [3, 0], // night
    [7, 0], // at sunrise the ramp starts
    [7.5, 0.25],
    [8, 0.5],
    [9, 1], // two hours after sunrise: day value
    [12, 1],
    [17, 1], // at sunset the down ramp starts
    [17.5, 0.75],
    [18, 0.5],
    [19, 0], // two hours after sunset: night value
    [23, 0],
  ])('at %f h the day share is %f', (h, want) => {
    expect(SETPOINT_RAMP).toBe(2);
    expect(dayShare(h, 7, 17)).toBeCloseTo(want, 12);
  });

  it('a short day (polar winter): the up ramp is cut at sunset and the down ramp starts from 1', () => {
    // sunrise 10, sunset 11: at 10.5 the ramp reached 0.25; after sunset the share falls from 1 over 2 h
    expect(dayShare(10.5, 10, 11)).toBeCloseTo(0.25, 12);
    expect(dayShare(11.5, 10, 11)).toBeCloseTo(0.75, 12);
  });
});

describe('HeatingCurve', () => {
  // points given out of order: the curve sorts them by outdoor temperature
  const curve = () =>
    new HeatingCurve([
      { outdoor: 288.15, supply: 318.15 },
      { outdoor: 241.15, supply: 353.15 },
      { outdoor: 263.15, supply: 338.15 },
    ]);

  it('is flat beyond its ends', () => {
    expect(curve().at(230)).toBe(353.15);
    expect(curve().at(241.15)).toBe(353.15);
    expect(curve().at(288.15)).toBe(318.15);
    expect(curve().at(300)).toBe(318.15);
  });

  it('interpolates linearly between points', () => {
    // −21 °C: halfway between −32 and −10 °C → 80 − 0.5·15 = 72.5 °C
    expect(curve().at(252.15)).toBeCloseTo(345.65, 9);
    // 2.5 °C: halfway between −10 and 15 °C → 65 − 0.5·20 = 55 °C
    expect(curve().at(275.65)).toBeCloseTo(328.15, 9);
    // at an inner point exactly
    expect(curve().at(263.15)).toBeCloseTo(338.15, 9);
  });
});

describe('powerLimit', () => {
  const scenario = (dispatch: string, minPowerFraction: number) =>
    ({ control: { dispatch, minPowerFraction } }) as unknown as Scenario;

  it('curtailed by price: off, in any mode', () => {
    expect(powerLimit(scenario('heat-led', 0.3), true, 1e6, 2e6)).toBe(0);
    expect(powerLimit(scenario('mining-first', 0.3), true, 1e6, 2e6)).toBe(0);
  });

  it('heat-led: the greenhouse heat over the full-power coolant heat, between the minimum and 1', () => {
    const s = scenario('heat-led', 0.3);
    expect(powerLimit(s, false, 1e6, 2e6)).toBe(0.5);
    expect(powerLimit(s, false, 0.2e6, 2e6)).toBe(0.3);
    expect(powerLimit(s, false, 5e6, 2e6)).toBe(1);
  });

  it('mining-first: full power whatever the greenhouse takes', () => {
    expect(powerLimit(scenario('mining-first', 0.3), false, 0, 2e6)).toBe(1);
  });
});
