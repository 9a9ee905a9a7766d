/**
 * Assembly of the linearly-implicit Euler step A·x' = b (invDt = 1/dt; 0 for steady state). Every exchange is
 * written with the same coefficient in both nodes' rows, and the vapour rows are latent-energy balances
 * (L × mass balance), so the sum of all rows is the greenhouse's first-law balance and closes to round-off.
 * Vents are not included (the caller adds them); `water` adds the heating-water terms to the pipe row.
 */
import * as K from './constants';
import type { Coefficients } from './coefficientRecord';
import type { GreenhouseModel } from './params';
import * as St from './state';
import type { GreenhouseInputs } from './types';
const { GH, GH_STATES: N, SOIL } = St;
const { LATENT_HEAT: L } = K;

const AIR = GH.air;
const TOP = GH.top;
const SCR = GH.screen;
const CI = GH.coverIn;
const CE = GH.coverOut;
const CAN = GH.canopy;
const FLR = GH.floor;
const SO5 = GH.soil5;
const PIPE = GH.pipe;
const VA = GH.vpAir;
const VT = GH.vpTop;

function link(A: Float64Array, i: number, j: number, g: number): void {
  A[i * N + i]! += g;
  A[j * N + j]! += g;
  A[i * N + j]! -= g;
  A[j * N + i]! -= g;
}

function boundary(A: Float64Array, b: Float64Array, i: number, g: number, Tb: number): void {
  A[i * N + i]! += g;
  b[i]! += g * Tb;
}

/** Vapour carried by air from node i to j: m = v·(e_i/T_i − e_j/T_j), as latent energy in both rows. */
function vapourExchange(
  A: Float64Array,
  i: number,
  j: number,
  v: number,
  inv_i: number,
  inv_j: number,
): void {
  const gi = L * v * inv_i;
  const gj = L * v * inv_j;
  A[i * N + i]! += gi;
  A[i * N + j]! -= gj;
  A[j * N + i]! -= gi;
  A[j * N + j]! += gj;
}

/**
 * Phase change between vapour node `v` and surface node `s`: m = k·(e_v − es0 − slope·(T_s − T0)) leaves the
 * vapour row and releases L·m in the surface row (condensation; a negative m, as for transpiration, takes
 * latent heat from the surface and adds vapour).
 */
function phaseChange(
  A: Float64Array,
  b: Float64Array,
  v: number,
  s: number,
  k: number,
  es0: number,
  slope: number,
  T0: number,
): void {
  const Lk = L * k;
  const c0 = es0 - slope * T0;
  A[v * N + v]! += Lk;
  A[v * N + s]! -= Lk * slope;
  b[v]! += Lk * c0;
  A[s * N + v]! -= Lk;
  A[s * N + s]! += Lk * slope;
  b[s]! -= Lk * c0;
}

export function assemble(
  m: GreenhouseModel,
  T: Float64Array,
  inp: GreenhouseInputs,
  invDt: number,
  water: boolean,
): void {
  const A = m.A;
  const b = m.b;
  const c: Coefficients = m.coef;
  const cap = m.cap;
  A.fill(0);
  for (let i = 0; i < N; i++) {
    const ci = cap[i]! * invDt;
    A[i * N + i] = ci;
    b[i] = ci * T[i]!;
  }
  convectionRows(A, c);
  radiationRows(A, c);
  boundaryRows(m, A, b, c, inp);
  vapourRows(m, A, b, c);
  if (water && c.mcp > 0) {
    A[PIPE * N + PIPE]! += c.mcp * c.phi;
    b[PIPE]! += c.mcp * (inp.pipeInletT - (1 - c.phi) * c.tEnv);
  }
}

// The parts of `assemble` are separate functions so that each stays small enough for the JIT to inline its
// `link` calls: a call that is not inlined passes its conductance as a boxed number (a heap allocation per
// call; 86 MB of garbage per simulated year when assemble was one function).

/** Convection and conduction ([V] Table 8.4). */
function convectionRows(A: Float64Array, c: Coefficients): void {
  link(A, CAN, AIR, c.canAir);
  link(A, AIR, FLR, c.airFlr);
  link(A, AIR, SCR, c.airScr);
  link(A, AIR, TOP, c.airTop);
  link(A, SCR, TOP, c.scrTop);
  link(A, TOP, CI, c.topCov);
  link(A, CI, CE, c.covCond);
  link(A, PIPE, AIR, c.pipeAir);
  link(A, FLR, SOIL[0]!, c.soil[0]!);
  for (let i = 1; i < 5; i++) link(A, SOIL[i - 1]!, SOIL[i]!, c.soil[i]!);
}

/** Far infrared ([V] Table 8.3). */
function radiationRows(A: Float64Array, c: Coefficients): void {
  link(A, CAN, CI, c.canCov);
  link(A, CAN, SCR, c.canScr);
  link(A, CAN, FLR, c.canFlr);
  link(A, PIPE, CI, c.pipeCov);
  link(A, PIPE, SCR, c.pipeScr);
  link(A, PIPE, FLR, c.pipeFlr);
  link(A, PIPE, CAN, c.pipeCan);
  link(A, FLR, CI, c.flrCov);
  link(A, FLR, SCR, c.flrScr);
  link(A, SCR, CI, c.scrCov);
}

/** Boundaries (outside air, sky, deep soil, leakage) and the absorbed sun. */
function boundaryRows(
  m: GreenhouseModel,
  A: Float64Array,
  b: Float64Array,
  c: Coefficients,
  inp: GreenhouseInputs,
): void {
  boundary(A, b, CE, c.covOut, inp.outdoorT);
  boundary(A, b, CE, c.covSky, inp.skyT);
  boundary(A, b, SO5, c.soilDeep, inp.deepSoilT ?? m.deepSoilT);
  boundary(A, b, AIR, c.airOut, inp.outdoorT);
  boundary(A, b, TOP, c.topOut, inp.outdoorT);
  b[CE]! += c.sCov;
  b[AIR]! += c.sAir;
  b[SCR]! += c.sScr;
  b[CAN]! += c.sCan;
  b[FLR]! += c.sFlr;
}

/** Vapour ([V] eqs. 8.41–8.46): through the screen, by leakage, condensation, transpiration. */
function vapourRows(m: GreenhouseModel, A: Float64Array, b: Float64Array, c: Coefficients): void {
  vapourExchange(A, VA, VT, c.vAirTop, c.invTa, c.invTt);
  boundary(A, b, VA, L * c.vAirOut * c.invTa, c.vpOut * (c.invTo / c.invTa));
  boundary(A, b, VT, L * c.vTopOut * c.invTt, c.vpOut * (c.invTo / c.invTt));
  phaseChange(A, b, VA, SCR, c.kScr, c.esS, c.sS, c.ts0);
  phaseChange(A, b, VT, CI, c.kCov, c.esCi, c.sCi, c.tci0);
  // transpiration is condensation onto the canopy with the opposite sign: vec·(e_air − e_s(T_can)) < 0
  phaseChange(A, b, VA, CAN, c.vec, c.esC, c.sC, c.tc0);
  if (m.dry) {
    // no vapour exchange with any surface: anchor the (decoupled) vapour pair so the steady system is regular
    boundary(A, b, VA, 1, 0);
    boundary(A, b, VT, 1, 0);
  }
}

/** Add the roof vents at opening o: sensible and vapour loss of the top compartment ([V] eq. 8.66). */
export function addVents(m: GreenhouseModel, inp: GreenhouseInputs, o: number): void {
  const c = m.coef;
  boundary(m.A, m.b, TOP, o * c.ventMax, inp.outdoorT);
  boundary(m.A, m.b, VT, o * L * c.vVentMax * c.invTt, c.vpOut * (c.invTo / c.invTt));
}
