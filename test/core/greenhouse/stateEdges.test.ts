/**
 * The greenhouse state (state.ts): the initial soil profile against the steady conduction profile worked out by
 * hand (series resistances between the layer centres, Vanthoor 2011 §8.4 soil layers), the initial vapour at the
 * stated relative humidity, the refusals of the initial state's arguments with field, value and range, and
 * `validateState`'s bounds (150–500 K, −1 Pa–50 kPa) at their edges with the offending state named.
 */
import { describe, expect, it } from 'vitest';
import { PhysicsError } from '../../../src/core/errors';
import {
  GH,
  GH_STATES,
  GH_TEMPERATURES,
  initialState,
  STATE_RANGE,
  validateState,
} from '../../../src/core/greenhouse/state';
import { saturationVapourPressure } from '../../../src/core/greenhouse/physics';
import { refused } from '../refused';

/** Tetens as in Vanthoor 2011 / GreenLight satVp: e_s = 610.78·exp(17.2694·t/(t + 238.3)), t in °C. */
const esat = (T: number) => 610.78 * Math.exp((17.2694 * (T - 273.15)) / (T - 273.15 + 238.3));

describe('initialState', () => {
  it('the soil on the steady conduction profile: resistances 0.05, 0.17, 0.41, 0.89, 1.85 of 3.77 (÷ 1.7 W/(m·K))', () => {
    // floor 0.02 m at 1.7 W/(m·K), layers 0.04/0.08/0.16/0.32/0.64 m and the outer 1.28 m at 0.85 W/(m·K).
    // From the floor's centre, in units of 1/1.7 m²K/W (0.85 W/(m·K) = 1.7/2):
    //   layer 1 centre: 0.02/2 + 0.04·2/2 = 0.05; then + (0.04 + 0.08) = 0.17, + 0.24 = 0.41, + 0.48 = 0.89,
    //   + 0.96 = 1.85; the deep boundary beyond the outer layer's centre: + (0.64 + 1.28) = 3.77.
    const T0 = 290;
    const deep = 280;
    const s = initialState({ deepSoilT: deep }, T0, 0.6);
    const share = [0.05, 0.17, 0.41, 0.89, 1.85].map((r) => r / 3.77);
    const layers = [GH.soil1, GH.soil2, GH.soil3, GH.soil4, GH.soil5];
    for (let i = 0; i < 5; i++) expect(s[layers[i]!]).toBeCloseTo(T0 + (deep - T0) * share[i]!, 10);
    for (const k of ['coverOut', 'floor', 'pipe', 'top', 'air', 'canopy', 'screen', 'coverIn'] as const) {
      expect(s[GH[k]]).toBe(T0);
    }
    expect(s[GH.vpAir]).toBeCloseTo(0.6 * esat(290), 9);
    expect(s[GH.vpTop]).toBeCloseTo(0.6 * esat(290), 9);
    expect(s.length).toBe(15);
  });

  it('relative humidity 0.8 unless stated; the soil all at T0 when the deep soil is at T0', () => {
    const s = initialState({ deepSoilT: 285 }, 285);
    expect(s[GH.vpAir]).toBeCloseTo(0.8 * esat(285), 9);
    expect(s[GH.vpTop]).toBeCloseTo(0.8 * esat(285), 9);
    for (const k of [GH.soil1, GH.soil2, GH.soil3, GH.soil4, GH.soil5]) expect(s[k]).toBeCloseTo(285, 12);
  });

  it.each([
    ['T0', 223.14, 0.8, 'between 223.15 and 353.15 K'],
    ['T0', 353.16, 0.8, 'between 223.15 and 353.15 K'],
    ['T0', Number.NaN, 0.8, 'between 223.15 and 353.15 K'],
    ['rh', 290, -0.001, 'between 0 and 1'],
    ['rh', 290, 1.001, 'between 0 and 1'],
  ])('refuses %s (T0 %f, rh %f): "%s"', (field, T0, rh, allowed) => {
    const e = refused(() => initialState({ deepSoilT: 280 }, T0, rh));
    expect(e.field).toBe(field);
    expect(e.value).toBe(field === 'T0' ? T0 : rh);
    expect(e.allowed).toBe(allowed);
  });

  it('accepts the edges of both ranges', () => {
    expect(initialState({ deepSoilT: 280 }, 223.15, 0)[GH.vpAir]).toBe(0);
    expect(initialState({ deepSoilT: 280 }, 353.15, 1)[GH.vpAir]).toBeCloseTo(esat(353.15), 6);
  });
});

/** The message of the PhysicsError `f` throws (fails on any other outcome). */
function physics(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PhysicsError);
    return (e as Error).message;
  }
  throw new Error('accepted');
}

describe('validateState', () => {
  const good = () => initialState({ deepSoilT: 280 }, 290);
  const names = [
    'coverOut',
    'soil5',
    'soil4',
    'soil3',
    'soil2',
    'soil1',
    'floor',
    'pipe',
    'top',
    'air',
    'canopy',
    'screen',
    'coverIn',
    'vpAir',
    'vpTop',
  ] as const;

  it('refuses a vector of another length, naming initialState', () => {
    for (const n of [14, 16]) {
      const e = refused(() => validateState(new Float64Array(n).fill(290)));
      expect(e.field).toBe('state.length');
      expect(e.value).toBe(n);
      expect(e.allowed).toBe('15 (use initialState)');
    }
    expect(GH_STATES).toBe(15);
    expect(GH_TEMPERATURES).toBe(13);
  });

  it('each temperature outside 150–500 K (edges excluded, NaN too) is refused by its name', () => {
    for (let i = 0; i < GH_TEMPERATURES; i++) {
      expect(GH[names[i]!]).toBe(i);
      for (const t of [150, 500, 120, Number.NaN]) {
        const s = good();
        s[i] = t;
        const msg = physics(() => validateState(s));
        expect(msg).toContain(`greenhouse state ${names[i]} = ${t} K is outside 150–500 K`);
      }
      const s = good();
      s[i] = 150.001;
      expect(() => validateState(s)).not.toThrow();
      s[i] = 499.999;
      expect(() => validateState(s)).not.toThrow();
    }
  });

  it('each vapour pressure outside −1 Pa … 50 kPa (upper edge excluded, NaN too) is refused by its name', () => {
    for (let i = GH_TEMPERATURES; i < GH_STATES; i++) {
      expect(GH[names[i]!]).toBe(i);
      for (const v of [-1.001, 5e4, Number.NaN]) {
        const s = good();
        s[i] = v;
        const msg = physics(() => validateState(s));
        expect(msg).toContain(`greenhouse state ${names[i]} = ${v} Pa is outside 0–50 kPa`);
      }
      const s = good();
      s[i] = -1; // round-off below 0 is tolerated
      expect(() => validateState(s)).not.toThrow();
      s[i] = 49999;
      expect(() => validateState(s)).not.toThrow();
    }
  });
});

describe('STATE_RANGE', () => {
  it('the air saturated at the highest vapour pressure: e_s(T) = 50 kPa at the stated temperature', () => {
    const T = 273.15 + STATE_RANGE.saturatedAtVpMaxC;
    expect(saturationVapourPressure(T) / STATE_RANGE.vpMax).toBeCloseTo(1, 12);
    // steam tables give 81.3 °C for 50 kPa (IAPWS-IF97); the Tetens form the model uses, 81.6 °C
    expect(STATE_RANGE.saturatedAtVpMaxC).toBeGreaterThan(81);
    expect(STATE_RANGE.saturatedAtVpMaxC).toBeLessThan(82);
  });
});
