/**
 * Each exchange process of the greenhouse model pinned to a hand calculation from the published equations
 * (Vanthoor 2011 ch. 8 [V]; Katzin 2021 ch. 4 [K]) at one documented state. The expected values are written
 * out here from the paper's formulas and constants, not from the model's own code paths.
 */
import { VANTHOOR_HOUSE } from '../../../../src/core/greenhouse/vanthoor';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Coefficients } from '../../../../src/core/greenhouse/coefficientRecord';
import { computeCoefficients } from '../../../../src/core/greenhouse/coefficients';
import { proportionalControl, screenClosure } from '../../../../src/core/greenhouse/control';
import { createGreenhouse, GH, type GreenhouseInputs } from '../../../../src/core/greenhouse/model';

const SIGMA = 5.670374419e-8;
const L = 2.45e6;
const C = (t: number) => t + 273.15;
/** Saturation vapour pressure as GreenLight's satVp (Pa, t in °C). */
const satVp = (t: number) => 610.78 * Math.exp((17.2694 * t) / (t + 238.3));
/** Dry-air density p·M/(R·T) at 101 325 Pa. */
const rho = (T: number) => (101325 * 0.02896) / (8.314462618 * T);

/** A winter night: −10 °C, clear sky at −25 °C, 4 m/s, screen closed, valve shut. */
function nightInputs(): GreenhouseInputs {
  return {
    outdoorT: C(-10),
    skyT: C(-25),
    windSpeed: 4,
    solarOnCover: 0,
    pipeInletT: C(60),
    pipeMassFlow: 0,
    outdoorVapourPressure: 200,
    screenClosed: 1,
    isDay: false,
    heatingSetpoint: C(18),
  };
}

/** Vanthoor's reference glasshouse, 1 ha of single glass (VANTHOOR_HOUSE: [V] Table 8.2). */
const vanthoorGlasshouse = () =>
  createGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 1e4, cover: 'single-glass' });

/**
 * The documented state: a 1 ha single-glass house, Vanthoor's dimensions (leakage 10⁻⁴·u m³/(m²·s), [V] Table 8.2
 * c_leakage), on a winter night with the screen closed. Built inside each test (beforeEach), not at module load, so that mutation testing's per-test coverage
 * sees which test reads which coefficient.
 */
function fixture(): Coefficients {
  const m = createGreenhouse({
    ...VANTHOOR_HOUSE,
    floorArea: 1e4,
    cover: 'single-glass',
    coverToFloorRatio: 1.3,
    height: 4.2,
    topHeight: 0.4,
    leafAreaIndex: 3,
    leakage: (1e-4 * 4) / 4.2,
  });
  // a winter night with the screen closed
  const state = new Float64Array(15);
  state[GH.air] = C(18);
  state[GH.top] = C(10);
  state[GH.screen] = C(12);
  state[GH.coverIn] = C(0);
  state[GH.coverOut] = C(-2);
  state[GH.canopy] = C(17);
  state[GH.floor] = C(16);
  for (const k of ['soil1', 'soil2', 'soil3', 'soil4', 'soil5'] as const) state[GH[k]] = C(10);
  state[GH.pipe] = C(50);
  state[GH.vpAir] = 1800;
  state[GH.vpTop] = 900;
  return computeCoefficients(m, state, nightInputs());
}
let c: Coefficients;
beforeEach(() => {
  c = fixture();
});

describe('convection and conduction ([V] Table 8.4)', () => {
  it('top compartment → cover: 1.86·|ΔT|^0.33 per m² cover, × A_cov/A_flr = 1.3', () => {
    expect(c.topCov).toBeCloseTo(1.86 * 10 ** 0.33 * 1.3, 10); // 5.1698 W/(m²K)
  });
  it('cover → outside: (2.8 + 1.2·u)·A_cov/A_flr at 4 m/s', () => {
    expect(c.covOut).toBeCloseTo((2.8 + 1.2 * 4) * 1.3, 12); // 9.88
  });
  it('air ↔ screen and screen ↔ top: 1.7·u·|ΔT|^0.33', () => {
    expect(c.airScr).toBeCloseTo(1.7 * 6 ** 0.33, 10); // 3.071
    expect(c.scrTop).toBeCloseTo(1.7 * 2 ** 0.33, 10); // 2.137
  });
  it('canopy ↔ air 2·α·LAI, floor ↔ air 1.3·|ΔT|^0.25 when the floor is colder', () => {
    expect(c.canAir).toBe(30);
    expect(c.airFlr).toBeCloseTo(1.3 * 2 ** 0.25, 12); // 1.546
  });
  it('soil: floor ↔ layer 1 and layer 5 ↔ deep boundary conductances', () => {
    expect(c.soil[0]).toBeCloseTo(2 / (0.02 / 1.7 + 0.04 / 0.85), 10); // 34.0
    expect(c.soil[4]).toBeCloseTo((2 * 0.85) / (0.32 + 0.64), 10); // 1.771
    expect(c.soilDeep).toBeCloseTo((2 * 0.85) / (0.64 + 1.28), 10); // 0.885
  });
});

describe('far infrared ([V] eq. 8.37, Table 8.3)', () => {
  const aCan = 1 - Math.exp(-0.94 * 3);
  it('canopy → cover through the closed screen (τ_FIR = 0.15)', () => {
    const expected = aCan * 1 * 0.85 * 0.15 * SIGMA * (C(17) ** 4 - C(0) ** 4);
    expect(c.canCov * (C(17) - C(0))).toBeCloseTo(expected, 9);
  });
  it('screen → cover (ε 0.67 · 0.85) and cover → sky (per m² floor)', () => {
    expect(c.scrCov * (C(12) - C(0))).toBeCloseTo(0.67 * 0.85 * SIGMA * (C(12) ** 4 - C(0) ** 4), 9);
    expect(c.covSky * (C(-2) - C(-25))).toBeCloseTo(0.85 * SIGMA * (C(-2) ** 4 - C(-25) ** 4), 9);
  });
});

describe('air exchange', () => {
  it('through the closed screen: K_ThScr·|ΔT|^0.66 ([V] eq. 8.55 with u = 1)', () => {
    const f = 0.05e-3 * 8 ** 0.66;
    expect(c.airTop).toBeCloseTo(0.5 * (rho(C(18)) + rho(C(10))) * 1006 * f, 10);
  });
  it('leakage 10⁻⁴·u, half from each compartment ([V] eq. 8.64, [K] c_leakTop = 0.5)', () => {
    expect(c.airOut).toBeCloseTo(rho(C(18)) * 1006 * 0.5 * 4e-4, 10);
    expect(c.topOut).toBeCloseTo(rho(C(10)) * 1006 * 0.5 * 4e-4, 10);
  });
  it('roof vents fully open: A_roof/A_flr·C_d/2·√(g·h_vent·ΔT/(2·T_mean) + C_w·u²) ([V] eq. 8.66)', () => {
    const f = ((0.1 * 0.75) / 2) * Math.sqrt((9.81 * 0.68 * 28) / (2 * (C(18) / 2 + C(-10) / 2)) + 0.09 * 16);
    expect(f).toBeCloseTo(0.049989, 5);
    expect(c.ventMax).toBeCloseTo(rho(C(10)) * 1006 * f, 9);
  });
});

describe('vapour ([V] eqs. 8.43, 8.47–8.53)', () => {
  it('canopy transpiration at night (Stanghellini stomatal resistance) ≈ 14.5 W/m²', () => {
    const sRs = 1 / (1 + Math.exp(5)); // R_can = 0 < 5 W/m²: night
    const cEvap3 = 1.1e-11 * (1 - sRs) + 6.1e-7 * sRs;
    const cEvap4 = 5.2e-6 * (1 - sRs) + 4.3e-6 * sRs;
    const vpd = satVp(17) - 1800;
    const rS =
      82 * (4.3 / 0.54) * Math.min(1.5, 1 + cEvap3 * 600 ** 2) * Math.min(5.8, 1 + cEvap4 * vpd ** 2);
    const expected = ((2 * rho(C(18)) * 1006 * 3) / (65.8 * (275 + rS))) * vpd; // L·VEC·VPD, W/m²
    expect(expected).toBeGreaterThan(14);
    expect(expected).toBeLessThan(15);
    expect(L * c.vec * (c.esC - 1800)).toBeCloseTo(expected, 9);
  });
  it('condensation on the cover from the top compartment: 6.4·10⁻⁹·HEC·Δe ≈ 23.4 W/m²', () => {
    const hec = 1.86 * 10 ** 0.33 * 1.3;
    const de = 900 - satVp(0);
    const expected = (L * 6.4e-9 * hec * de) / (1 + Math.exp(-0.1 * de));
    expect(expected).toBeCloseTo(23.44, 1);
    expect(L * c.kCov * (900 - c.esCi)).toBeCloseTo(expected, 9);
  });
  it('condensation on the screen from the main air', () => {
    const hec = 1.7 * 6 ** 0.33;
    const de = 1800 - satVp(12);
    expect(c.kScr * de).toBeCloseTo((6.4e-9 * hec * de) / (1 + Math.exp(-0.1 * de)), 15);
  });
});

describe('capacities and heating water', () => {
  it('air and vapour capacities per m² floor: ρ·c_p·h and (M/R)·h/T as latent energy ([V] eqs. 8.22, 8.45)', () => {
    const m = vanthoorGlasshouse(); // h_Gh 4.2 m, 0.4 m above the screen ([V] Table 8.2)
    const st = new Float64Array(15).fill(C(15));
    st[GH.air] = C(18);
    st[GH.top] = C(10);
    st[GH.vpAir] = 1800;
    st[GH.vpTop] = 900;
    computeCoefficients(m, st, { ...nightInputs(), screenClosed: 0 });
    expect(m.cap[GH.air]).toBeCloseTo(rho(C(18)) * 1006 * 3.8, 8); // main compartment 4.2 − 0.4 m
    expect(m.cap[GH.top]).toBeCloseTo(rho(C(10)) * 1006 * 0.4, 8);
    const mr = 0.018 / 8.314; // M_water / R, kg·K/J ([V] Table 8.1)
    expect(m.cap[GH.vpAir]).toBeCloseTo((L * mr * 3.8) / C(18), 8);
    expect(m.cap[GH.vpTop]).toBeCloseTo((L * mr * 0.4) / C(10), 8);
  });
  it('heating water: ṁ·c_p per m², the rail surroundings as the conductance-weighted mean, outlet share φ(N) = N·e^−N/(1 − e^−N)', () => {
    const m = vanthoorGlasshouse(); // h_Gh 4.2 m, 0.4 m above the screen ([V] Table 8.2)
    const st = new Float64Array(15).fill(C(15));
    st[GH.air] = C(18);
    st[GH.canopy] = C(17);
    st[GH.floor] = C(16);
    st[GH.coverIn] = C(2);
    st[GH.screen] = C(12);
    st[GH.pipe] = C(50);
    st[GH.vpAir] = 1800;
    st[GH.vpTop] = 900;
    const k = computeCoefficients(m, st, { ...nightInputs(), pipeMassFlow: 2, pipeInletT: C(60) });
    const mcp = (2 * 4180) / 1e4; // W/(m²·K)
    expect(k.mcp).toBeCloseTo(mcp, 12);
    const g = [k.pipeAir, k.pipeCan, k.pipeFlr, k.pipeCov, k.pipeScr];
    const t = [18, 17, 16, 2, 12].map(C);
    const gP = g.reduce((a, x) => a + x, 0);
    expect(gP).toBeGreaterThan(0);
    expect(k.tEnv).toBeCloseTo(g.reduce((a, x, i) => a + x * t[i]!, 0) / gP, 9);
    const N = gP / mcp;
    expect(k.phi).toBeCloseTo((N * Math.exp(-N)) / (1 - Math.exp(-N)), 12);
    expect(k.phi).toBeGreaterThan(0);
    expect(k.phi).toBeLessThan(1);
  });
});

describe('GreenLight controller ([K] ch. 4)', () => {
  it('the smooth proportional controller is 1/101 and 100/101 of the way at the band ends', () => {
    // u = 1/(1 + exp(−2/band·ln 100·(x − setPt − band/2))): exp(±ln 100) at the ends
    expect(proportionalControl(20, 20, 4, 0, 1)).toBeCloseTo(1 / 101, 12);
    expect(proportionalControl(24, 20, 4, 0, 1)).toBeCloseTo(100 / 101, 12);
    expect(proportionalControl(22, 20, 4, 0, 1)).toBeCloseTo(0.5, 12);
    // a negative band reverses the action
    expect(proportionalControl(4, 5, -1, 0, 1)).toBeCloseTo(100 / 101, 12);
  });
  it('closes the screen on a cold night, opens a gap at high humidity, opens it when too warm', () => {
    expect(screenClosure(C(-10), false, C(18), 0.7, C(18), 0.87)).toBeCloseTo(1, 3);
    expect(screenClosure(C(12), false, C(18), 0.7, C(18), 0.87)).toBeLessThan(0.01);
    // RH at rhMax − 2 % + 5 % = 90 %: half open
    expect(screenClosure(C(-10), false, C(18), 0.9, C(18), 0.87)).toBeCloseTo(0.5, 6);
    // 4 K + 0.5 K above the set-point: half open
    expect(screenClosure(C(-10), false, C(22.5), 0.7, C(18), 0.87)).toBeCloseTo(0.5, 6);
    // too cold inside (2 K below the set-point): the humidity gap is not opened
    expect(screenClosure(C(-10), false, C(16), 0.97, C(18), 0.87)).toBeGreaterThan(0.98);
  });
});
