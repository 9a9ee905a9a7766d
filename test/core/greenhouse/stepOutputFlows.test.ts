/**
 * The reported flows of a step (stepOutput.ts) with coefficients set by hand: every flow is the link's coefficient
 * times the temperature (or vapour pressure) difference of its two nodes, per m² times the floor area; the first-law
 * residual is stored − (water + sun − cover − leakage − vents − soil − latent), and its scale the sum of the
 * magnitudes. Each expected value is written out below from those definitions (Vanthoor 2011 ch. 8: the heat
 * fluxes of eqs. 8.1–8.15, the vapour fluxes of eqs. 8.43–8.53 as latent heat L·ṁ), with distinct numbers on
 * every link and node so a swapped node or coefficient shows.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { GreenhouseModel } from '../../../src/core/greenhouse/params';
import { buildGreenhouse } from '../../../src/core/greenhouse/params';
import { GH } from '../../../src/core/greenhouse/state';
import { fillStepOutput } from '../../../src/core/greenhouse/stepOutput';
import { type GreenhouseInputs, GreenhouseStepOutput } from '../../../src/core/greenhouse/types';
import { VANTHOOR_HOUSE } from '../../../src/core/greenhouse/vanthoor';

const A = 2000; // floor area, m²
const L = 2.45e6; // latent heat of water, J/kg (Vanthoor 2011 Table 8.1)
const N = 15;

/** Tetens as in Vanthoor 2011 (and GreenLight's satVp), written out here: e_s = 610.78·exp(17.2694·t/(t + 238.3)). */
const esat = (T: number) => 610.78 * Math.exp((17.2694 * (T - 273.15)) / (T - 273.15 + 238.3));

let m: GreenhouseModel;
let x: Float64Array;
let T0: Float64Array;
let inp: GreenhouseInputs;
let out: GreenhouseStepOutput;

/** End-of-step state: every node at a distinct temperature (K), vapour pressures in Pa. */
function endState(): Float64Array {
  const s = new Float64Array(N);
  s[GH.coverOut] = 270;
  s[GH.soil5] = 281;
  s[GH.soil4] = 282;
  s[GH.soil3] = 283;
  s[GH.soil2] = 284;
  s[GH.soil1] = 285;
  s[GH.floor] = 287;
  s[GH.pipe] = 320;
  s[GH.top] = 284.5;
  s[GH.air] = 292;
  s[GH.canopy] = 290.5;
  s[GH.screen] = 288;
  s[GH.coverIn] = 276;
  s[GH.vpAir] = 1500;
  s[GH.vpTop] = 1100;
  return s;
}

beforeEach(() => {
  m = buildGreenhouse({ ...VANTHOOR_HOUSE, floorArea: A, cover: 'single-glass' });
  const c = m.coef;
  c.screen = 0.7;
  c.mcp = 40;
  c.tEnv = 295;
  c.phi = 0.6;
  c.pipeAir = 1.1;
  c.pipeCan = 1.3;
  c.pipeFlr = 0.7;
  c.pipeCov = 0.9;
  c.pipeScr = 0.5;
  c.canAir = 6.1;
  c.canCov = 0.8;
  c.canFlr = 1.9;
  c.airFlr = 2.3;
  c.flrCov = 0.4;
  c.soil[0] = 17;
  c.soilDeep = 0.3;
  c.topCov = 3.7;
  c.airScr = 2.9;
  c.airTop = 0.6;
  c.covCond = 45;
  c.covOut = 9.5;
  c.covSky = 5.5;
  c.airOut = 0.2;
  c.topOut = 0.15;
  c.ventMax = 30;
  c.vpOut = 500;
  c.invTo = 1 / 268;
  c.invTa = 1 / 292;
  c.invTt = 1 / 284.5;
  c.vAirOut = 2e-6;
  c.vTopOut = 1.5e-6;
  c.vVentMax = 4e-4;
  c.vec = 3e-6;
  c.esC = 2000;
  c.sC = 120;
  c.tc0 = 290;
  c.kScr = 5e-9;
  c.esS = 1300;
  c.sS = 90;
  c.ts0 = 287;
  c.kCov = 7e-9;
  c.esCi = 700;
  c.sCi = 55;
  c.tci0 = 274; // 2 K below the end-of-step cover: a product and a quotient differ
  c.sCov = 11;
  c.sAir = 3;
  c.sScr = 7;
  c.sCan = 130;
  c.sFlr = 40;
  for (let i = 0; i < N; i++) m.cap[i] = 1000 * (i + 1);
  m.cap[GH.vpAir] = 40;
  m.cap[GH.vpTop] = 9;
  x = endState();
  T0 = endState();
  for (let i = 0; i < N; i++) T0[i] = x[i]! - (i % 3) * 0.25 + 0.1;
  inp = {
    outdoorT: 268,
    skyT: 250,
    windSpeed: 3,
    solarOnCover: 300,
    pipeInletT: 330,
    pipeMassFlow: 1,
  };
  out = new GreenhouseStepOutput();
});

describe('the pipe rail', () => {
  it('outlet = T_env + φ·(T_pipe − T_env), water heat = ṁc_p·(T_in − T_out), and what it gives each surface', () => {
    fillStepOutput(m, T0, x, inp, 600, 0.25, out);
    const tOut = 295 + 0.6 * (320 - 295); // 310 K
    expect(out.pipeMeanT).toBe(320);
    expect(out.pipeOutletT).toBeCloseTo(310, 12);
    expect(out.pipeWaterHeat).toBeCloseTo(40 * (330 - tOut) * A, 6); // 1.6 MW
    expect(out.pipeToAir).toBeCloseTo(1.1 * (320 - 292) * A, 6);
    expect(out.pipeToCanopy).toBeCloseTo(1.3 * (320 - 290.5) * A, 6);
    expect(out.pipeToFloor).toBeCloseTo(0.7 * (320 - 287) * A, 6);
    expect(out.pipeToCover).toBeCloseTo(0.9 * (320 - 276) * A, 6);
    expect(out.pipeToScreen).toBeCloseTo(0.5 * (320 - 288) * A, 6);
    const sum = (1.1 * 28 + 1.3 * 29.5 + 0.7 * 33 + 0.9 * 44 + 0.5 * 32) * A;
    expect(out.pipeDelivered).toBeCloseTo(sum, 6);
  });

  it('without flow (ṁc_p = 0) the outlet is the pipe temperature and the water gives nothing', () => {
    m.coef.mcp = 0;
    fillStepOutput(m, T0, x, inp, 600, 0.25, out);
    expect(out.pipeOutletT).toBe(320);
    expect(out.pipeWaterHeat).toBe(0);
  });
});

describe('surfaces, compartments and cover', () => {
  it('each exchange is its coefficient times the difference of its own two nodes', () => {
    fillStepOutput(m, T0, x, inp, 600, 0.25, out);
    expect(out.canopyToAir).toBeCloseTo(6.1 * (290.5 - 292) * A, 6);
    expect(out.canopyToCover).toBeCloseTo(0.8 * (290.5 - 276) * A, 6);
    expect(out.canopyToFloor).toBeCloseTo(1.9 * (290.5 - 287) * A, 6);
    expect(out.floorToAir).toBeCloseTo(2.3 * (287 - 292) * A, 6);
    expect(out.floorToCover).toBeCloseTo(0.4 * (287 - 276) * A, 6);
    expect(out.floorToSoil).toBeCloseTo(17 * (287 - 285) * A, 6);
    // the deep boundary is the model's deep-soil temperature unless the inputs give one
    expect(out.soilToDeep).toBeCloseTo(0.3 * (281 - VANTHOOR_HOUSE.deepSoilT) * A, 6);
    expect(out.airToCover).toBeCloseTo(3.7 * (284.5 - 276) * A, 6);
    expect(out.airToScreen).toBeCloseTo(2.9 * (292 - 288) * A, 6);
    expect(out.airToTop).toBeCloseTo(0.6 * (292 - 284.5) * A, 6);
    expect(out.coverConduction).toBeCloseTo(45 * (276 - 270) * A, 6);
    expect(out.coverToOutside).toBeCloseTo(9.5 * (270 - 268) * A, 6);
    expect(out.coverToSky).toBeCloseTo(5.5 * (270 - 250) * A, 6);
    expect(out.coverLoss).toBeCloseTo((9.5 * 2 + 5.5 * 20) * A, 6);
    expect(out.infiltrationLoss).toBeCloseTo((0.2 * (292 - 268) + 0.15 * (284.5 - 268)) * A, 6);
    expect(out.ventilationLoss).toBeCloseTo(0.25 * 30 * (284.5 - 268) * A, 6);
    expect(out.ventOpening).toBe(0.25);
    expect(out.screenClosed).toBe(0.7);
  });

  it('a deep-soil temperature in the inputs replaces the model’s', () => {
    inp.deepSoilT = 279;
    fillStepOutput(m, T0, x, inp, 600, 0.25, out);
    expect(out.soilToDeep).toBeCloseTo(0.3 * (281 - 279) * A, 6);
  });

  it('absorbed sun per surface and in total', () => {
    fillStepOutput(m, T0, x, inp, 600, 0.25, out);
    expect(out.solarToCover).toBe(11 * A);
    expect(out.solarToAir).toBe(3 * A);
    expect(out.solarToScreen).toBe(7 * A);
    expect(out.solarToCanopy).toBe(130 * A);
    expect(out.solarToFloor).toBe(40 * A);
    expect(out.solarAbsorbed).toBe(191 * A);
  });
});

describe('vapour as latent heat ([V] eqs. 8.43–8.53)', () => {
  it('leaving by leakage and vents, transpired, condensed on the screen and on the cover; the relative humidity', () => {
    fillStepOutput(m, T0, x, inp, 600, 0.25, out);
    const eO = 500 / 268;
    const mOut = 2e-6 * (1500 / 292 - eO) + (1.5e-6 + 0.25 * 4e-4) * (1100 / 284.5 - eO);
    const mTr = 3e-6 * (2000 + 120 * (290.5 - 290) - 1500);
    const mScr = 5e-9 * (1500 - 1300 - 90 * (288 - 287));
    const mCov = 7e-9 * (1100 - 700 - 55 * (276 - 274));
    expect(out.latentLoss).toBeCloseTo(L * mOut * A, 4);
    expect(out.transpirationLatent).toBeCloseTo(L * mTr * A, 4);
    expect(out.condensationScreen).toBeCloseTo(L * mScr * A, 6);
    expect(out.condensationCover).toBeCloseTo(L * mCov * A, 6);
    expect(out.relativeHumidity).toBeCloseTo(1500 / esat(292), 12);
  });
});

/** The first-law and vapour residuals written out from their definitions. */
function expectedResiduals(dt: number, o: number) {
  const c = m.coef;
  const water = c.mcp > 0 ? c.mcp * (inp.pipeInletT - (c.tEnv + c.phi * (x[GH.pipe]! - c.tEnv))) : 0;
  const solar = c.sCov + c.sAir + c.sScr + c.sCan + c.sFlr;
  const conv = c.covOut * (x[GH.coverOut]! - inp.outdoorT);
  const sky = c.covSky * (x[GH.coverOut]! - inp.skyT);
  const leak = c.airOut * (x[GH.air]! - inp.outdoorT) + c.topOut * (x[GH.top]! - inp.outdoorT);
  const vent = o * c.ventMax * (x[GH.top]! - inp.outdoorT);
  const soil = c.soilDeep * (x[GH.soil5]! - (inp.deepSoilT ?? m.deepSoilT));
  let dE = 0;
  for (let i = 0; i < N; i++) dE += m.cap[i]! * (x[i]! - T0[i]!);
  const stored = dE / dt;
  const eO = c.vpOut * c.invTo;
  const mOut =
    c.vAirOut * (x[GH.vpAir]! * c.invTa - eO) + (c.vTopOut + o * c.vVentMax) * (x[GH.vpTop]! * c.invTt - eO);
  const lOut = L * mOut;
  const residual = stored - (water + solar - conv - sky - leak - vent - soil - lOut);
  const scale =
    Math.abs(water) +
    Math.abs(solar) +
    Math.abs(conv) +
    Math.abs(sky) +
    Math.abs(leak) +
    Math.abs(vent) +
    Math.abs(soil) +
    Math.abs(lOut) +
    Math.abs(stored);
  const mTr = c.vec * (c.esC + c.sC * (x[GH.canopy]! - c.tc0) - x[GH.vpAir]!);
  const mScr = c.kScr * (x[GH.vpAir]! - c.esS - c.sS * (x[GH.screen]! - c.ts0));
  const mCov = c.kCov * (x[GH.vpTop]! - c.esCi - c.sCi * (x[GH.coverIn]! - c.tci0));
  const latentStored =
    (m.cap[GH.vpAir]! * (x[GH.vpAir]! - T0[GH.vpAir]!) + m.cap[GH.vpTop]! * (x[GH.vpTop]! - T0[GH.vpTop]!)) /
    dt;
  const vRes = latentStored - L * (mTr - mScr - mCov - mOut);
  const vScale =
    Math.abs(latentStored) + L * (Math.abs(mTr) + Math.abs(mScr) + Math.abs(mCov) + Math.abs(mOut));
  return { stored, residual, rel: Math.abs(residual) / scale, vRel: Math.abs(vRes) / vScale };
}

describe('first-law and vapour residuals', () => {
  it('stored = Σ C_i·(x_i − x0_i)/dt over all fifteen rows; residual = stored − boundary flows, relative to their magnitudes', () => {
    fillStepOutput(m, T0, x, inp, 600, 0.25, out);
    const e = expectedResiduals(600, 0.25);
    // by hand: Σ C_i·Δx_i with C_i = 1000·(i+1) except the vapour rows (40, 9) and Δx_i = 0.25·(i mod 3) − 0.1
    let dE = 0;
    for (let i = 0; i < 13; i++) dE += 1000 * (i + 1) * ((i % 3) * 0.25 - 0.1);
    dE += 40 * ((13 % 3) * 0.25 - 0.1) + 9 * ((14 % 3) * 0.25 - 0.1);
    expect(out.storedEnergyRate).toBeCloseTo((dE / 600) * A, 6);
    expect(out.energyResidual).toBeCloseTo(e.residual * A, 4);
    expect(out.energyResidualRelative).toBeCloseTo(e.rel, 12);
    expect(out.vapourResidualRelative).toBeCloseTo(e.vRel, 12);
    expect(e.rel).toBeGreaterThan(0.01); // the hand-set coefficients do not balance: the residuals are not trivially 0
    expect(e.vRel).toBeGreaterThan(0.01);
  });

  it('every boundary term and store negative: the scale is the sum of magnitudes, not of signed values', () => {
    // water flows backwards (inlet colder than outlet), the cover is colder than outside and sky, air and top
    // colder than outside, the soil colder than the deep boundary, vapour flows in, every node cools
    inp.pipeInletT = 300;
    inp.outdoorT = 296;
    inp.skyT = 290;
    m.coef.vpOut = 3000;
    m.coef.invTo = 1 / 296;
    x[GH.soil5] = 270;
    // the canopy takes up vapour, the screen and cover evaporate (each flux negative)
    m.coef.esC = 1000;
    m.coef.esS = 1700;
    m.coef.esCi = 1200;
    for (let i = 0; i < N; i++) T0[i] = x[i]! + 0.5;
    fillStepOutput(m, T0, x, inp, 300, 0.5, out);
    const e = expectedResiduals(300, 0.5);
    expect(e.stored).toBeLessThan(0);
    expect(out.transpirationLatent).toBeLessThan(0);
    expect(out.condensationScreen).toBeLessThan(0);
    expect(out.condensationCover).toBeLessThan(0);
    expect(out.latentLoss).toBeLessThan(0);
    expect(out.pipeWaterHeat).toBeLessThan(0);
    expect(out.energyResidualRelative).toBeCloseTo(e.rel, 12);
    expect(out.vapourResidualRelative).toBeCloseTo(e.vRel, 12);
    expect(out.energyResidual).toBeCloseTo(e.residual * A, 4);
  });

  it('nothing flows and nothing is stored: both relative residuals are 0, not 0/0', () => {
    const c = m.coef;
    const rec = c as unknown as Record<string, unknown>;
    for (const k of Object.keys(rec)) if (typeof rec[k] === 'number') rec[k] = 0;
    c.soil.fill(0);
    m.cap.fill(0);
    fillStepOutput(m, T0, x, inp, 600, 0, out);
    expect(out.energyResidual).toBe(0);
    expect(out.energyResidualRelative).toBe(0);
    expect(out.vapourResidualRelative).toBe(0);
  });
});
