/**
 * sizePlate's refusals and its limit checks: every hydraulic limit refused outside its stated range by name,
 * the conductance to reach and the arrangement refused by name, and the six checks of a sized pack each
 * against the limit of its own side (different limits per side, so a swapped side shows).
 */
import { describe, expect, it } from 'vitest';
import { InputError, toKelvin } from '../../../src/core/errors';
import { fluid, parseFluid } from '../../../src/core/fluids';
import { sizeNominal } from '../../../src/core/hx/nominal';
import { PLATE_PRESETS } from '../../../src/core/hx/plate';
import { plateLimits, sizePlate } from '../../../src/core/hx/plateSizing';
import { constantFluid, thrown } from './testFluids';

const K = toKelvin;

describe('plateLimits refuses each limit outside its range, by name and with the range', () => {
  it('pressure drops 100 Pa – 10 MPa, channel velocity 0.01–20 m/s, port velocity 0.05–50 m/s, passes 1–4', () => {
    for (const [key, below, above, range] of [
      ['maxPressureDropHot', 99, 1.1e7, 'between 100 and 10000000 Pa'],
      ['maxPressureDropCold', 99, 1.1e7, 'between 100 and 10000000 Pa'],
      ['maxChannelVelocity', 0.009, 21, 'between 0.01 and 20 m/s'],
      ['maxPortVelocity', 0.04, 51, 'between 0.05 and 50 m/s'],
      ['maxPasses', 0, 5, 'between 1 and 4 passes'],
    ] as const) {
      for (const v of [below, above, Number.NaN]) {
        const e = thrown(() => plateLimits({ [key]: v }));
        expect(e, `${key} = ${v}`).toBeInstanceOf(InputError);
        expect((e as InputError).field).toBe(key);
        expect(e.message).toContain(`is not allowed: ${range}`);
      }
    }
  });

  it('passes are whole numbers', () => {
    const e = thrown(() => plateLimits({ maxPasses: 2.5 }));
    expect((e as InputError).field).toBe('maxPasses');
    expect(e.message).toBe('maxPasses = 2.5 is not allowed: a whole number');
    expect(plateLimits({ maxPasses: 2 }).maxPasses).toBe(2);
  });
});

describe('sizePlate refuses what it cannot size', () => {
  const w = () => constantFluid({ cp: 4180, rho: 990, mu: 5e-4, k: 0.64 });
  const point = (arrangement: 'counterflow' | 'parallel') =>
    sizeNominal({
      hotFluid: w(),
      coldFluid: w(),
      duty: 4e5,
      hotIn: K(80),
      hotOut: K(60),
      coldIn: K(20),
      coldOut: K(40),
      arrangement,
    });

  it('a conductance to reach that is not finite and above 0 W/K (0 itself refused)', () => {
    for (const ua of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const e = thrown(() => sizePlate(point('counterflow'), PLATE_PRESETS.small!, { uaRequired: ua }));
      expect(e, String(ua)).toBeInstanceOf(InputError);
      expect((e as InputError).field).toBe('uaRequired');
      expect(e.message).toContain('is not allowed: a finite conductance above 0 W/K');
    }
  });

  it('a parallel-flow point: a plate pack is counterflow (or multi-pass)', () => {
    const e = thrown(() => sizePlate(point('parallel'), PLATE_PRESETS.small!));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).field).toBe('arrangement');
    expect(e.message).toBe(
      'arrangement = "parallel" is not allowed: counterflow for plate geometry sizing (a plate pack is counterflow, or multi-pass)',
    );
  });
});

describe('the checks of a sized pack', () => {
  it('six checks, each side’s pressure drop against its own limit, ok exactly when within it', () => {
    const pg55 = parseFluid('propylene-glycol 55%');
    const p = sizeNominal({
      hotFluid: pg55,
      coldFluid: fluid('water'),
      duty: 2.7e6,
      hotIn: K(80),
      hotOut: K(70),
      coldIn: K(45),
      coldOut: K(75),
    });
    const limits = {
      maxPressureDropHot: 60e3,
      maxPressureDropCold: 40e3,
      maxChannelVelocity: 1.2,
      maxPortVelocity: 3,
    };
    const d = sizePlate(p, PLATE_PRESETS.large!, { limits });
    const expected = (['hot', 'cold'] as const).flatMap((side) => [
      ['pressure drop', side, d[side].pressureDrop, side === 'hot' ? 60e3 : 40e3],
      ['channel velocity', side, d[side].velocity, 1.2],
      ['port velocity', side, d[side].portVelocity, 3],
    ]);
    expect(d.checks.map((k) => [k.name, k.side, k.value, k.limit])).toEqual(expected);
    for (const k of d.checks) expect(k.ok, `${k.side} ${k.name}`).toBe(k.value <= k.limit);
    expect(d.hot.pressureDrop).toBeLessThanOrEqual(60e3);
    expect(d.cold.pressureDrop).toBeLessThanOrEqual(40e3);
    expect(d.warnings).toHaveLength(d.checks.filter((k) => !k.ok).length);
  });
});
