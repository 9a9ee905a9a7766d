import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { InputError, PhysicsError, toKelvin } from '../../../src/core/errors';
import { fluid, parseFluid } from '../../../src/core/fluids';
import { type NominalPoint, sizeNominal } from '../../../src/core/hx/nominal';
import {
  checkGeometry,
  hxModel,
  hxModelFromUA,
  newOffDesignResult,
  offDesign,
  offDesignInto,
  PLATE_PRESETS,
  type PlateGeometry,
  ratePlate,
  regularizedPower,
  sizePlate,
} from '../../../src/core/hx/plate';
import { andradeFluid, constantFluid } from './testFluids';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
const K = toKelvin;
const DEG = Math.PI / 180;

const GEOM: PlateGeometry = {
  chevronAngle: 45 * DEG,
  plateWidth: 0.5,
  portLength: 1.0,
  plateGap: 0.003,
  plateThickness: 0.0006,
  plateConductivity: 16,
  enlargementFactor: 1.2,
  portDiameter: 0.1,
  foulingHot: 2e-5,
  foulingCold: 2e-5,
};

describe('ratePlate(): hand calculation of a 51-plate pack', () => {
  it('geometry, Re, ξ, Nu, h, U, UA and pressure drops', () => {
    // Constant-property water-like liquid: ρ 990 kg/m³, μ 6e-4 Pa s, k 0.64 W/(m K), cp 4180 J/(kg K).
    const w = constantFluid({ cp: 4180, rho: 990, mu: 6e-4, k: 0.64 });
    const r = ratePlate(GEOM, 51, {
      hotFluid: w,
      coldFluid: w,
      hotFlow: 10,
      coldFlow: 10,
      hotMean: K(60),
      coldMean: K(40),
    });
    // 51 plates → 50 channels, 25 per side; 49 thermal plates; A = 49 × 1.2 × 0.5 × 1.0 = 29.4 m².
    expect(r.hot.channels).toBe(25);
    expect(r.cold.channels).toBe(25);
    expect(r.thermalPlates).toBe(49);
    expect(r.area).toBeCloseTo(29.4, 12);
    // d_h = 2b/Φ = 0.006/1.2 = 0.005 m; w = 10/(990 × 25 × 0.5 × 0.003) = 0.269360 m/s;
    // Re = 990 × 0.269360 × 0.005/6e-4 = 2222.22 (turbulent branch); Pr = 4180 × 6e-4/0.64 = 3.91875.
    expect(r.hydraulicDiameter).toBeCloseTo(0.005, 12);
    const v = 10 / (990 * 25 * 0.5 * 0.003);
    expect(r.hot.velocity).toBeCloseTo(0.26936, 5);
    const re = (990 * v * 0.005) / 6e-4;
    expect(r.hot.reynolds).toBeCloseTo(2222.22, 2);
    // Martin ξ (VDI N6), written out.
    const phi = 45 * DEG;
    const xi0 = (1.8 * Math.log10(re) - 1.5) ** -2;
    const xi1 = 39 * re ** -0.289;
    const inv =
      Math.cos(phi) / Math.sqrt(0.18 * Math.tan(phi) + 0.36 * Math.sin(phi) + xi0 / Math.cos(phi)) +
      (1 - Math.cos(phi)) / Math.sqrt(3.8 * xi1);
    const xi = 1 / inv ** 2;
    expect(rel(r.hot.friction, xi)).toBeLessThan(1e-12);
    // Nu = 0.122 Pr^(1/3) (ξ Re² sin 2φ)^0.374 (μ/μw = 1 for constant viscosity); h = Nu k/d_h.
    const nu = 0.122 * 3.91875 ** (1 / 3) * (xi * re * re * Math.sin(2 * phi)) ** 0.374;
    const h = (nu * 0.64) / 0.005;
    expect(rel(r.hot.h, h)).toBeLessThan(1e-12);
    expect(r.hot.viscosityRatio).toBe(1);
    // U = 1/(1/h + 2e-5 + 0.0006/16 + 2e-5 + 1/h); UA = U × 29.4.
    const u = 1 / (2 / h + 4e-5 + 0.0006 / 16);
    expect(rel(r.u, u)).toBeLessThan(1e-12);
    expect(rel(r.ua, u * 29.4)).toBeLessThan(1e-12);
    expect(rel(r.uClean, 1 / (2 / h + 0.0006 / 16))).toBeLessThan(1e-12);
    // Δp_channel = ξ (L/d_h) ρ w²/2; port: w_p = 10/(990 π 0.05²) = 1.28610 m/s, Δp_port = 1.4 ρ w_p²/2
    // (Kakaç & Liu 2002, ch. 10, one pass).
    const dpCh = xi * (1.0 / 0.005) * 0.5 * 990 * v * v;
    const vp = 10 / (990 * Math.PI * 0.05 ** 2);
    expect(r.hot.portVelocity).toBeCloseTo(1.2861, 4);
    expect(rel(r.hot.channelPressureDrop, dpCh)).toBeLessThan(1e-12);
    expect(rel(r.hot.portPressureDrop, 1.4 * 0.5 * 990 * vp * vp)).toBeLessThan(1e-12);
    expect(rel(r.hot.pressureDrop, dpCh + 1.4 * 0.5 * 990 * vp * vp)).toBeLessThan(1e-12);
  });

  it('even plate counts give the odd channel to the hot side', () => {
    const w = constantFluid({ cp: 4180, rho: 990 });
    const r = ratePlate(GEOM, 50, {
      hotFluid: w,
      coldFluid: w,
      hotFlow: 5,
      coldFlow: 5,
      hotMean: K(60),
      coldMean: K(40),
    });
    expect([r.hot.channels, r.cold.channels]).toEqual([25, 24]);
  });

  it('the (μ/μw)^(1/6) correction lowers h of the cooled stream and raises it for the heated one', () => {
    // Andrade viscosity: μ falls with T. Hot stream: wall colder than bulk → μw > μ → ratio < 1.
    const f = andradeFluid({ cp: 4180, rho: 990, k: 0.64, muAt: [K(50), 5.5e-4], B: 1800 });
    const r = ratePlate(GEOM, 51, {
      hotFluid: f,
      coldFluid: f,
      hotFlow: 10,
      coldFlow: 10,
      hotMean: K(70),
      coldMean: K(30),
    });
    expect(r.hot.viscosityRatio).toBeLessThan(1);
    expect(r.cold.viscosityRatio).toBeGreaterThan(1);
  });
});

describe('sizePlate(): geometric sizing', () => {
  const pg = parseFluid('propylene-glycol 30%');
  const water = fluid('water');
  let point: NominalPoint;
  beforeEach(() => {
    point = sizeNominal({
      hotFluid: pg,
      coldFluid: water,
      duty: 2.7e6,
      hotIn: K(80),
      hotOut: K(55),
      coldIn: K(45),
      coldOut: K(70),
    });
  });

  it('returns the smallest plate count that reaches the required UA, and its margin', () => {
    const d = sizePlate(point, PLATE_PRESETS.medium!);
    const cond = {
      hotFluid: pg,
      coldFluid: water,
      hotFlow: point.hotFlow,
      coldFlow: point.coldFlow,
      hotMean: K(67.5),
      coldMean: K(57.5),
    };
    expect(d.ua).toBeGreaterThanOrEqual(point.ua);
    expect(ratePlate(PLATE_PRESETS.medium!, d.plates - 1, cond).ua).toBeLessThan(point.ua);
    expect(d.margin).toBeCloseTo(d.ua / point.ua - 1, 12);
    expect(d.margin).toBeGreaterThanOrEqual(0);
    expect(d.area).toBeCloseTo((d.plates - 2) * 1.17 * 0.45 * 1.2, 9);
    expect(d.areaRequired).toBeLessThanOrEqual(d.area);
    expect(d.dutyCapacity).toBeGreaterThanOrEqual(point.duty * (1 - 1e-12));
    // Sanity of the hydraulics for a water/glycol duty (order of magnitude, not a reference).
    expect(d.hot.velocity).toBeGreaterThan(0.05);
    expect(d.hot.velocity).toBeLessThan(2);
    expect(d.hot.pressureDrop).toBeGreaterThan(1e3);
    expect(d.hot.pressureDrop).toBeLessThan(2e5);
  });

  it('sizes for an explicit UA (e.g. with a 20 % design margin)', () => {
    // UA alone (limits out of the way, single pass): 20 % more UA needs more plates.
    const uaOnly = {
      maxPressureDropHot: 1e7,
      maxPressureDropCold: 1e7,
      maxChannelVelocity: 20,
      maxPortVelocity: 50,
      maxPasses: 1,
    };
    const d = sizePlate(point, PLATE_PRESETS.medium!, { uaRequired: 1.2 * point.ua, limits: uaOnly });
    expect(d.ua).toBeGreaterThanOrEqual(1.2 * point.ua);
    expect(d.plates).toBeGreaterThan(sizePlate(point, PLATE_PRESETS.medium!, { limits: uaOnly }).plates);
    expect(() => sizePlate(point, PLATE_PRESETS.medium!, { uaRequired: -1 })).toThrowError(/uaRequired/);
  });

  it('a plate too small for the duty is a PhysicsError that says what to change', () => {
    const tiny: PlateGeometry = {
      ...PLATE_PRESETS.small!,
      plateWidth: 0.05,
      portLength: 0.1,
      portDiameter: 0.02,
    };
    expect(() => sizePlate(point, tiny)).toThrowError(
      /plates of this size give only .*choose a larger plate/,
    );
  });

  it('only counterflow points, and only sane geometry', () => {
    const w = constantFluid({ cp: 4180, rho: 990 });
    const cross = sizeNominal({
      hotFluid: w,
      coldFluid: w,
      arrangement: 'crossflow-unmixed',
      duty: 1e6,
      hotIn: K(80),
      hotOut: K(60),
      coldIn: K(40),
      coldOut: K(50),
    });
    expect(() => sizePlate(cross, GEOM)).toThrowError(InputError);
    expect(() => checkGeometry({ ...GEOM, chevronAngle: 85 * DEG })).toThrowError(/plate\.chevronAngle/);
    expect(() => checkGeometry({ ...GEOM, plateGap: Number.NaN })).toThrowError(/plate\.plateGap = NaN/);
    expect(() => checkGeometry({ ...GEOM, portDiameter: 0.6 })).toThrowError(/at most the plate width/);
  });
});

describe('off-design model', () => {
  const w = constantFluid({ cp: 4180, rho: 990, mu: 5e-4, k: 0.64 });
  let point: NominalPoint;
  beforeEach(() => {
    point = sizeNominal({
      hotFluid: w,
      coldFluid: w,
      duty: 2e6,
      hotIn: K(80),
      hotOut: K(60),
      coldIn: K(45),
      coldOut: K(65),
    });
  });

  it('Holman Example 10-9 (crossflow, Cmax mixed) rated at its UA: Q = 131 675 W (as worked in ht docs)', () => {
    // Steam-side 5.2 kg/s, cp 1860; oil 0.725 kg/s, cp 1900; UA = 275 × 10.82 W/K; Thi = 130, Tci = 15 °C →
    // Q = 131675.3271504 W, Tco = 110.5900741563 °C, Tho = 116.3859256461 °C.
    const hx = hxModelFromUA({
      ua: 275 * 10.82,
      hotFlowNominal: 5.2,
      coldFlowNominal: 0.725,
      hotFluid: constantFluid({ cp: 1860, rho: 1000 }),
      coldFluid: constantFluid({ cp: 1900, rho: 1000 }),
      arrangement: 'crossflow-cmax-mixed',
    });
    const r = offDesign(hx, { hotFlow: 5.2, coldFlow: 0.725, hotIn: K(130), coldIn: K(15) });
    expect(rel(r.duty, 131675.3271504)).toBeLessThan(1e-10);
    expect(r.coldOut - 273.15).toBeCloseTo(110.5900741563, 8);
    expect(r.hotOut - 273.15).toBeCloseTo(116.3859256461, 8);
  });

  it('reproduces the nominal point at nominal flows (UA split hA = 2·UA each side, Modelica Buildings r = 1)', () => {
    const hx = hxModel(point);
    expect(hx.hAHotNominal).toBeCloseTo(2 * point.ua, 6);
    const r = offDesign(hx, {
      hotFlow: point.hotFlow,
      coldFlow: point.coldFlow,
      hotIn: point.hotIn,
      coldIn: point.coldIn,
    });
    expect(rel(r.duty, 2e6)).toBeLessThan(1e-10);
    expect(r.coldOut).toBeCloseTo(K(65), 8);
    expect(r.hotOut).toBeCloseTo(K(60), 8);
  });

  it('hA scales with (ṁ/ṁ_nom)^0.8: hand calculation at half hot flow', () => {
    const hx = hxModel(point);
    const r = offDesign(hx, {
      hotFlow: point.hotFlow / 2,
      coldFlow: point.coldFlow,
      hotIn: point.hotIn,
      coldIn: point.coldIn,
    });
    // UA = 1/(1/(2UA·0.5^0.8) + 1/(2UA)); Ch = ṁ/2 · 4180, Cc = ṁ · 4180; counterflow ε; Q = ε Cmin (80 − 45).
    const ua = 1 / (1 / (2 * point.ua * 0.5 ** 0.8) + 1 / (2 * point.ua));
    const ch = (point.hotFlow / 2) * 4180;
    const cc = point.coldFlow * 4180;
    const ntu = ua / ch;
    const cr = ch / cc;
    const eps = (1 - Math.exp(-ntu * (1 - cr))) / (1 - cr * Math.exp(-ntu * (1 - cr)));
    expect(rel(r.ua, ua)).toBeLessThan(1e-12);
    expect(rel(r.duty, eps * ch * 35)).toBeLessThan(1e-12);
  });

  it('zero flows give Q = 0 and outlets = inlets, never NaN; Q → 0 continuously', () => {
    for (const mode of ['scaling', 'correlation'] as const) {
      const d = sizePlate(point, GEOM);
      const hx = hxModel(point, { design: d, mode });
      for (const [mh, mc] of [
        [0, 10],
        [10, 0],
        [0, 0],
      ] as const) {
        const r = offDesign(hx, { hotFlow: mh, coldFlow: mc, hotIn: K(80), coldIn: K(45) });
        expect(r.duty).toBe(0);
        expect(r.hotOut).toBe(K(80));
        expect(r.coldOut).toBe(K(45));
        expect(Number.isNaN(r.ntu)).toBe(false);
      }
      const tiny = offDesign(hx, { hotFlow: 1e-9, coldFlow: 10, hotIn: K(80), coldIn: K(45) });
      expect(tiny.duty).toBeGreaterThan(0);
      expect(tiny.duty).toBeLessThanOrEqual(1e-9 * 4180 * 35 * (1 + 1e-12));
    }
  });

  it('regularised power law: |x|^n above δ = 0.1, smooth and non-zero at 0 (Modelica Buildings regNonZeroPower)', () => {
    expect(regularizedPower(0.5, 0.8)).toBeCloseTo(0.5 ** 0.8, 14);
    expect(regularizedPower(2, 0.8)).toBeCloseTo(2 ** 0.8, 14);
    expect(regularizedPower(0, 0.8)).toBeGreaterThan(0);
    expect(regularizedPower(-0.05, 0.8)).toBe(regularizedPower(0.05, 0.8));
    // Value and slope continuous at δ: one-sided differences agree.
    const h = 1e-7;
    expect(regularizedPower(0.1 - 1e-12, 0.8)).toBeCloseTo(0.1 ** 0.8, 10);
    const left = (regularizedPower(0.1, 0.8) - regularizedPower(0.1 - h, 0.8)) / h;
    const right = (regularizedPower(0.1 + h, 0.8) - regularizedPower(0.1, 0.8)) / h;
    expect(Math.abs(left - right) / right).toBeLessThan(1e-4);
    expect(() => regularizedPower(1, 2.5)).toThrowError(InputError);
  });

  it('correlation mode at the design flows reproduces the design (UA of the rounded-up pack)', () => {
    const d = sizePlate(point, GEOM);
    const hx = hxModel(point, { design: d });
    expect(hx.mode).toBe('correlation');
    const r = offDesign(hx, {
      hotFlow: point.hotFlow,
      coldFlow: point.coldFlow,
      hotIn: point.hotIn,
      coldIn: point.coldIn,
    });
    expect(rel(r.ua, d.ua)).toBeLessThan(1e-9);
    expect(rel(r.duty, d.dutyCapacity)).toBeLessThan(1e-9);
    // Scaling mode with the design's split matches at nominal flows too.
    const s = offDesign(hxModel(point, { design: d, mode: 'scaling' }), {
      hotFlow: point.hotFlow,
      coldFlow: point.coldFlow,
      hotIn: point.hotIn,
      coldIn: point.coldIn,
    });
    expect(rel(s.ua, d.ua)).toBeLessThan(1e-12);
  });

  it('energy balance, bounds and monotonicity over random operating points (fast-check)', () => {
    const hx = hxModel(point);
    const out = newOffDesignResult();
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.double({ min: 20, max: 90, noNaN: true }),
        fc.double({ min: 5, max: 60, noNaN: true }),
        (fh, fcold, df, thi, dt) => {
          const mh = fh * point.hotFlow;
          const mc = fcold * point.coldFlow;
          const hotIn = K(thi);
          const coldIn = hotIn - dt;
          const r = offDesignInto(hx, mh, mc, hotIn, coldIn, out);
          expect(r).toBe(out);
          const cmin = Math.min(mh, mc) * 4180;
          expect(r.duty).toBeGreaterThanOrEqual(0);
          expect(r.duty).toBeLessThanOrEqual(cmin * dt * (1 + 1e-12) + 1e-9);
          expect(Math.abs(mh * 4180 * (hotIn - r.hotOut) - r.duty)).toBeLessThan(1e-6 * (1 + r.duty));
          expect(Math.abs(mc * 4180 * (r.coldOut - coldIn) - r.duty)).toBeLessThan(1e-6 * (1 + r.duty));
          expect(r.hotOut).toBeGreaterThanOrEqual(coldIn - 1e-9);
          expect(r.coldOut).toBeLessThanOrEqual(hotIn + 1e-9);
          // More flow on either side never lowers the duty.
          const q = r.duty;
          const more = offDesign(hx, { hotFlow: mh * (1 + df) + 1e-6, coldFlow: mc, hotIn, coldIn }).duty;
          expect(more).toBeGreaterThanOrEqual(q * (1 - 1e-12));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a warmer "cold" inlet reverses the heat flow', () => {
    const r = offDesign(hxModel(point), { hotFlow: 10, coldFlow: 10, hotIn: K(40), coldIn: K(50) });
    expect(r.duty).toBeLessThan(0);
    expect(r.hotOut).toBeGreaterThan(K(40));
  });

  it('validates its inputs with InputError', () => {
    const hx = hxModel(point);
    expect(() => offDesign(hx, { hotFlow: -1, coldFlow: 1, hotIn: K(80), coldIn: K(40) })).toThrowError(
      /hotFlow/,
    );
    expect(() =>
      offDesign(hx, { hotFlow: 1, coldFlow: Number.NaN, hotIn: K(80), coldIn: K(40) }),
    ).toThrowError(InputError);
    expect(() => offDesign(hx, { hotFlow: 1, coldFlow: 1, hotIn: Number.NaN, coldIn: K(40) })).toThrowError(
      /hotIn/,
    );
    expect(() => hxModel(point, { mode: 'correlation' })).toThrowError(InputError);
  });

  it('property limits of the fluids surface as PhysicsError (PG 30 % below its freezing point)', () => {
    const hx = hxModel(point);
    expect(() =>
      offDesign(hx, {
        hotFlow: 1,
        coldFlow: 1,
        hotIn: K(80),
        coldIn: K(-30),
        fluids: { cold: parseFluid('PG30') },
      }),
    ).toThrowError(PhysicsError);
  });
});
