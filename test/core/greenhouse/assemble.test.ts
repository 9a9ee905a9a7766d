/**
 * The step matrix's tables: each coefficient lands between the two nodes the paper's exchange names (Vanthoor 2011
 * ch. 8 Tables 8.3 and 8.4, eqs. 8.41–8.46 and 8.66), with +g on both diagonals and −g off them, and nowhere else.
 * The expected node pairs are written out here from the exchanges' names, not read from the assembly's tables.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { addVents, assemble, STEP_PATTERN } from '../../../src/core/greenhouse/assemble';
import { Coefficients } from '../../../src/core/greenhouse/coefficientRecord';
import { createGreenhouse, GH, type GreenhouseInputs } from '../../../src/core/greenhouse/model';
import type { GreenhouseModel } from '../../../src/core/greenhouse/params';
import { VANTHOOR_HOUSE } from '../../../src/core/greenhouse/vanthoor';

const N = 15;
const L = 2.45e6;

type LinkKey =
  | 'canAir'
  | 'airFlr'
  | 'airScr'
  | 'airTop'
  | 'scrTop'
  | 'topCov'
  | 'covCond'
  | 'pipeAir'
  | 'canCov'
  | 'canScr'
  | 'canFlr'
  | 'pipeCov'
  | 'pipeScr'
  | 'pipeFlr'
  | 'pipeCan'
  | 'flrCov'
  | 'flrScr'
  | 'scrCov';

/** Each sensible link and the two nodes it joins (the names say it: canopy–air, air–floor, …). */
const LINKS: [LinkKey, number, number][] = [
  ['canAir', GH.canopy, GH.air],
  ['airFlr', GH.air, GH.floor],
  ['airScr', GH.air, GH.screen],
  ['airTop', GH.air, GH.top],
  ['scrTop', GH.screen, GH.top],
  ['topCov', GH.top, GH.coverIn],
  ['covCond', GH.coverIn, GH.coverOut],
  ['pipeAir', GH.pipe, GH.air],
  ['canCov', GH.canopy, GH.coverIn],
  ['canScr', GH.canopy, GH.screen],
  ['canFlr', GH.canopy, GH.floor],
  ['pipeCov', GH.pipe, GH.coverIn],
  ['pipeScr', GH.pipe, GH.screen],
  ['pipeFlr', GH.pipe, GH.floor],
  ['pipeCan', GH.pipe, GH.canopy],
  ['flrCov', GH.floor, GH.coverIn],
  ['flrScr', GH.floor, GH.screen],
  ['scrCov', GH.screen, GH.coverIn],
];
const SOIL_CHAIN = [GH.floor, GH.soil1, GH.soil2, GH.soil3, GH.soil4, GH.soil5];

function inputs(): GreenhouseInputs {
  return {
    outdoorT: 263.15,
    skyT: 248.15,
    windSpeed: 4,
    solarOnCover: 0,
    pipeInletT: 333.15,
    pipeMassFlow: 0,
    screenClosed: 1,
    ventOpening: 0,
    isDay: false,
    deepSoilT: 283.15,
  };
}

let m: GreenhouseModel;
let T: Float64Array;
beforeEach(() => {
  m = createGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 1e4, cover: 'single-glass' });
  // every coefficient zero: the steady (invDt = 0) matrix then holds only what one test puts in
  Object.assign(m.coef, new Coefficients());
  // the reciprocal temperatures are never zero in a step (they scale the vapour rows' boundary values)
  Object.assign(m.coef, { invTa: 1 / 290, invTt: 1 / 280, invTo: 1 / 263.15 });
  T = new Float64Array(N).fill(290);
});

/** The non-zero entries of A as "row,col" → value. */
function entries(): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) if (m.A[i * N + j] !== 0) out.set(`${i},${j}`, m.A[i * N + j]!);
  return out;
}

describe('greenhouse step matrix', () => {
  it.each(LINKS)('%s joins nodes %i and %i with +g on the diagonals, −g between', (key, i, j) => {
    m.coef[key] = 7.5;
    assemble(m, T, inputs(), 0, false);
    const want = new Map([
      [`${i},${i}`, 7.5],
      [`${j},${j}`, 7.5],
      [`${i},${j}`, -7.5],
      [`${j},${i}`, -7.5],
    ]);
    expect(entries()).toEqual(want);
    expect([...m.b].every((v) => v === 0)).toBe(true);
  });

  it('the soil layers form a chain from the floor to the deepest layer', () => {
    m.coef.soil.set([1, 2, 3, 4, 5]);
    assemble(m, T, inputs(), 0, false);
    for (let k = 0; k < 5; k++) {
      const [i, j] = [SOIL_CHAIN[k]!, SOIL_CHAIN[k + 1]!];
      expect(m.A[i * N + j]).toBe(-(k + 1));
      expect(m.A[j * N + i]).toBe(-(k + 1));
    }
    // the floor and the deepest layer have one soil neighbour each, the layers between two
    expect(m.A[GH.floor * N + GH.floor]).toBe(1);
    expect(m.A[GH.soil1 * N + GH.soil1]).toBe(1 + 2);
    expect(m.A[GH.soil5 * N + GH.soil5]).toBe(5);
  });

  it('boundaries: cover to outside air and sky, soil to the deep soil, leakage of both compartments', () => {
    const c = m.coef;
    c.covOut = 3;
    c.covSky = 2;
    c.soilDeep = 0.5;
    c.airOut = 0.25;
    c.topOut = 0.125;
    const inp = inputs();
    assemble(m, T, inp, 0, false);
    expect(m.A[GH.coverOut * N + GH.coverOut]).toBe(5);
    expect(m.b[GH.coverOut]).toBeCloseTo(3 * 263.15 + 2 * 248.15, 9);
    expect(m.A[GH.soil5 * N + GH.soil5]).toBe(0.5);
    expect(m.b[GH.soil5]).toBeCloseTo(0.5 * 283.15, 9);
    expect(m.b[GH.air]).toBeCloseTo(0.25 * 263.15, 9);
    expect(m.b[GH.top]).toBeCloseTo(0.125 * 263.15, 9);
    expect(entries().size).toBe(4);
  });

  it('condensation on the screen takes L·k·(e_air − e_s − s·(T_scr − T0)) from the vapour row into the screen', () => {
    const c = m.coef;
    Object.assign(c, { kScr: 1e-8, esS: 1900, sS: 120, ts0: 290 });
    assemble(m, T, inputs(), 0, false);
    const Lk = L * 1e-8;
    const c0 = 1900 - 120 * 290;
    expect(m.A[GH.vpAir * N + GH.vpAir]).toBeCloseTo(Lk, 12);
    expect(m.A[GH.vpAir * N + GH.screen]).toBeCloseTo(-Lk * 120, 12);
    expect(m.A[GH.screen * N + GH.vpAir]).toBeCloseTo(-Lk, 12);
    expect(m.A[GH.screen * N + GH.screen]).toBeCloseTo(Lk * 120, 12);
    expect(m.b[GH.vpAir]).toBeCloseTo(Lk * c0, 9);
    expect(m.b[GH.screen]).toBeCloseTo(-Lk * c0, 9);
    expect(entries().size).toBe(4);
  });

  it('condensation on the cover joins the top vapour with the cover; transpiration the air vapour with the canopy', () => {
    const c = m.coef;
    Object.assign(c, { kCov: 2e-8, esCi: 800, sCi: 60, tci0: 280, vec: 3e-8, esC: 2000, sC: 125, tc0: 291 });
    assemble(m, T, inputs(), 0, false);
    expect(m.A[GH.vpTop * N + GH.coverIn]).toBeCloseTo(-L * 2e-8 * 60, 12);
    expect(m.b[GH.coverIn]).toBeCloseTo(-L * 2e-8 * (800 - 60 * 280), 9);
    expect(m.A[GH.vpAir * N + GH.canopy]).toBeCloseTo(-L * 3e-8 * 125, 12);
    expect(m.b[GH.canopy]).toBeCloseTo(-L * 3e-8 * (2000 - 125 * 291), 9);
    expect(entries().size).toBe(8);
  });

  it('vapour through the screen and by leakage as latent energy: L·v/T in each row', () => {
    const c = m.coef;
    Object.assign(c, { vAirTop: 1e-3, vAirOut: 2e-4, vTopOut: 3e-4, invTa: 1 / 290, invTt: 1 / 280 });
    Object.assign(c, { invTo: 1 / 263.15, vpOut: 200 });
    assemble(m, T, inputs(), 0, false);
    expect(m.A[GH.vpAir * N + GH.vpAir]).toBeCloseTo((L * 1e-3) / 290 + (L * 2e-4) / 290, 9);
    expect(m.A[GH.vpAir * N + GH.vpTop]).toBeCloseTo((-L * 1e-3) / 280, 9);
    expect(m.A[GH.vpTop * N + GH.vpAir]).toBeCloseTo((-L * 1e-3) / 290, 9);
    expect(m.b[GH.vpAir]).toBeCloseTo(((L * 2e-4) / 263.15) * 200, 6);
    expect(m.b[GH.vpTop]).toBeCloseTo(((L * 3e-4) / 263.15) * 200, 6);
  });

  it('the vents add o·g to the top compartment and its vapour, towards the outside', () => {
    const c = m.coef;
    Object.assign(c, { ventMax: 10, vVentMax: 1e-2, invTt: 1 / 280, invTo: 1 / 263.15, vpOut: 200 });
    assemble(m, T, inputs(), 0, false);
    addVents(m, inputs(), 0.5);
    expect(m.A[GH.top * N + GH.top]).toBe(5);
    expect(m.b[GH.top]).toBeCloseTo(5 * 263.15, 9);
    expect(m.A[GH.vpTop * N + GH.vpTop]).toBeCloseTo((0.5 * L * 1e-2) / 280, 9);
    expect(m.b[GH.vpTop]).toBeCloseTo(((0.5 * L * 1e-2) / 263.15) * 200, 6);
  });

  it('the heating water enters the pipe row only when asked for (the demand solve leaves it out)', () => {
    Object.assign(m.coef, { mcp: 40, phi: 0.25, tEnv: 290 });
    const inp = inputs();
    assemble(m, T, inp, 0, false);
    expect(entries().size).toBe(0);
    expect(m.b[GH.pipe]).toBe(0);
    assemble(m, T, inp, 0, true);
    // ṁc_p·φ on the diagonal and ṁc_p·(T_in − (1 − φ)·T_env) on the right-hand side
    expect(m.A[GH.pipe * N + GH.pipe]).toBe(10);
    expect(m.b[GH.pipe]).toBeCloseTo(40 * (333.15 - 0.75 * 290), 9);
    expect(entries().size).toBe(1);
  });

  it('a dry model anchors each vapour node with a unit conductance to 0 Pa', () => {
    (m as { dry: boolean }).dry = true;
    assemble(m, T, inputs(), 0, false);
    expect(m.A[GH.vpAir * N + GH.vpAir]).toBe(1);
    expect(m.A[GH.vpTop * N + GH.vpTop]).toBe(1);
    expect(entries().size).toBe(2);
    expect(m.b[GH.vpAir]).toBe(0);
    expect(m.b[GH.vpTop]).toBe(0);
  });

  it('storage: C/dt on each diagonal and C/dt·T on the right-hand side', () => {
    T[GH.floor] = 285;
    assemble(m, T, inputs(), 1 / 600, false);
    for (const i of [GH.air, GH.floor, GH.pipe, GH.soil3]) {
      expect(m.A[i * N + i]).toBeCloseTo(m.cap[i]! / 600, 9);
      expect(m.b[i]).toBeCloseTo((m.cap[i]! / 600) * T[i]!, 6);
    }
  });

  it('STEP_PATTERN (the sparsity of the step LU) holds every off-diagonal entry the assembly can fill, and no other', () => {
    // every coefficient of the record non-zero (distinct values so no two cancel), vents open, water on
    const c = m.coef as unknown as Record<string, number | Float64Array>;
    let v = 1;
    for (const key of Object.keys(c)) {
      if (typeof c[key] === 'number') c[key] = 1 + 0.01 * v++;
    }
    m.coef.soil.set([1, 2, 3, 4, 5]);
    const inp = inputs();
    assemble(m, T, inp, 1 / 600, true);
    addVents(m, inp, 0.5);
    const filled = new Set([...entries().keys()].filter((k) => k.split(',')[0] !== k.split(',')[1]));
    const pattern = new Set(STEP_PATTERN.map(([i, j]) => `${i},${j}`));
    expect([...filled].filter((k) => !pattern.has(k))).toEqual([]);
    expect([...pattern].filter((k) => !filled.has(k))).toEqual([]);
    // two positions per link (the 18 named sensible links and the 5 soil links), the vapour pair through the
    // screen, and two per phase change (screen, cover, canopy)
    expect(pattern.size).toBe(2 * (LINKS.length + 5) + 2 + 2 * 3);
  });
});
