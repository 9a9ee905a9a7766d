/**
 * Assembly of the linearly-implicit Euler step A·x' = b (invDt = 1/dt; 0 for steady state). Every exchange is
 * written with the same coefficient in both nodes' rows, and the vapour rows are latent-energy balances
 * (L × mass balance), so the sum of all rows is the greenhouse's first-law balance and closes to round-off.
 * Vents are not included (the caller adds them); `water` adds the heating-water terms to the pipe row.
 *
 * The exchanges are tables (node pairs, boundary nodes, phase-change pairs) walked by one loop each, with the
 * coefficients of the step gathered into typed arrays first. Written as small helper calls instead, any call
 * the JIT did not inline passed its conductances as boxed numbers: 111 MB of garbage per simulated year, and
 * which calls were inlined changed from process to process (the year took 750 or 1,100 ms at random).
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

/**
 * Conductances between two nodes, [i, j] in the order `linkConductances` writes them: convection and
 * conduction ([V] Table 8.4), the soil chain, far infrared ([V] Table 8.3).
 */
export const LINK_NODES: readonly (readonly [number, number])[] = [
  [CAN, AIR],
  [AIR, FLR],
  [AIR, SCR],
  [AIR, TOP],
  [SCR, TOP],
  [TOP, CI],
  [CI, CE],
  [PIPE, AIR],
  [FLR, SOIL[0]!],
  [SOIL[0]!, SOIL[1]!],
  [SOIL[1]!, SOIL[2]!],
  [SOIL[2]!, SOIL[3]!],
  [SOIL[3]!, SOIL[4]!],
  [CAN, CI],
  [CAN, SCR],
  [CAN, FLR],
  [PIPE, CI],
  [PIPE, SCR],
  [PIPE, FLR],
  [PIPE, CAN],
  [FLR, CI],
  [FLR, SCR],
  [SCR, CI],
];
const LINKS = LINK_NODES.length;
const LINK_I = Int32Array.from(LINK_NODES, (p) => p[0]);
const LINK_J = Int32Array.from(LINK_NODES, (p) => p[1]);

/** The step's link conductances, W/(m²·K), in the order of LINK_NODES. */
export function linkConductances(c: Coefficients, g: Float64Array): void {
  g[0] = c.canAir;
  g[1] = c.airFlr;
  g[2] = c.airScr;
  g[3] = c.airTop;
  g[4] = c.scrTop;
  g[5] = c.topCov;
  g[6] = c.covCond;
  g[7] = c.pipeAir;
  g[8] = c.soil[0]!;
  g[9] = c.soil[1]!;
  g[10] = c.soil[2]!;
  g[11] = c.soil[3]!;
  g[12] = c.soil[4]!;
  g[13] = c.canCov;
  g[14] = c.canScr;
  g[15] = c.canFlr;
  g[16] = c.pipeCov;
  g[17] = c.pipeScr;
  g[18] = c.pipeFlr;
  g[19] = c.pipeCan;
  g[20] = c.flrCov;
  g[21] = c.flrScr;
  g[22] = c.scrCov;
}

/**
 * Boundary conductances to a fixed temperature (or vapour pressure, for the vapour nodes: latent-energy
 * conductance L·v/T_node to e_out·T_node/T_out), in the order `boundaryTerms` writes them.
 */
const BOUNDARY_NODES = Int32Array.of(CE, CE, SO5, AIR, TOP, VA, VT);
const BOUNDARIES = BOUNDARY_NODES.length;

function boundaryTerms(
  m: GreenhouseModel,
  c: Coefficients,
  inp: GreenhouseInputs,
  g: Float64Array,
  tb: Float64Array,
): void {
  const To = inp.outdoorT;
  g[0] = c.covOut; // cover to outside air
  tb[0] = To;
  g[1] = c.covSky; // cover to sky (FIR)
  tb[1] = inp.skyT;
  g[2] = c.soilDeep; // lowest soil layer to the deep soil
  tb[2] = inp.deepSoilT ?? m.deepSoilT;
  g[3] = c.airOut; // leakage of the main compartment
  tb[3] = To;
  g[4] = c.topOut; // leakage of the top compartment
  tb[4] = To;
  g[5] = L * c.vAirOut * c.invTa; // vapour by leakage ([V] eq. 8.45)
  tb[5] = c.vpOut * (c.invTo / c.invTa);
  g[6] = L * c.vTopOut * c.invTt;
  tb[6] = c.vpOut * (c.invTo / c.invTt);
}

/**
 * Phase change between a vapour node and a surface: m = k·(e_v − es0 − slope·(T_s − T0)) leaves the vapour row
 * and releases L·m in the surface row (condensation on the screen [V] eq. 8.43 and on the cover; a negative m,
 * as for transpiration, takes latent heat from the surface and adds vapour). [vapour node, surface node].
 */
const PHASE_V = Int32Array.of(VA, VT, VA);
const PHASE_S = Int32Array.of(SCR, CI, CAN);
const PHASES = PHASE_V.length;

/** [k, es0, slope, T0] of each phase change, in the order of PHASE_V. */
function phaseTerms(c: Coefficients, p: Float64Array): void {
  p[0] = c.kScr;
  p[1] = c.esS;
  p[2] = c.sS;
  p[3] = c.ts0;
  p[4] = c.kCov;
  p[5] = c.esCi;
  p[6] = c.sCi;
  p[7] = c.tci0;
  // transpiration is condensation onto the canopy with the opposite sign: vec·(e_air − e_s(T_can)) < 0
  p[8] = c.vec;
  p[9] = c.esC;
  p[10] = c.sC;
  p[11] = c.tc0;
}

/**
 * The off-diagonal positions [row, column] the step matrix can fill: both ways of every link, the vapour
 * carried through the screen, and both ways of every phase change. Boundaries, capacities, water and vents
 * add to the diagonal only. The step's LU is generated from it (numerics/luCodegen.ts → stepLu.generated.ts).
 */
export const STEP_PATTERN: readonly (readonly [number, number])[] = Object.freeze([
  ...LINK_NODES.flatMap(([i, j]) => [
    [i, j],
    [j, i],
  ]),
  [VA, VT],
  [VT, VA],
  ...Array.from(PHASE_V, (v, k) => [
    [v, PHASE_S[k]!],
    [PHASE_S[k]!, v],
  ]).flat(),
] as [number, number][]);

const G = new Float64Array(LINKS);
const GB = new Float64Array(BOUNDARIES);
const TB = new Float64Array(BOUNDARIES);
const PH = new Float64Array(4 * PHASES);

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
  linkConductances(c, G);
  addLinks(A, G);
  boundaryTerms(m, c, inp, GB, TB);
  addBoundaries(A, b, GB, TB);
  // absorbed sun
  b[CE]! += c.sCov;
  b[AIR]! += c.sAir;
  b[SCR]! += c.sScr;
  b[CAN]! += c.sCan;
  b[FLR]! += c.sFlr;
  vapourRows(m, A, b, c);
  if (water && c.mcp > 0) {
    A[PIPE * N + PIPE]! += c.mcp * c.phi;
    b[PIPE]! += c.mcp * (inp.pipeInletT - (1 - c.phi) * c.tEnv);
  }
}

/** +g on both diagonals, −g off the diagonal, for every link. */
function addLinks(A: Float64Array, g: Float64Array): void {
  for (let k = 0; k < LINKS; k++) {
    const i = LINK_I[k]!;
    const j = LINK_J[k]!;
    const gk = g[k]!;
    A[i * N + i]! += gk;
    A[j * N + j]! += gk;
    A[i * N + j]! -= gk;
    A[j * N + i]! -= gk;
  }
}

/** g on the diagonal and g·T_b on the right-hand side, for every boundary. */
function addBoundaries(A: Float64Array, b: Float64Array, g: Float64Array, tb: Float64Array): void {
  for (let k = 0; k < BOUNDARIES; k++) {
    const i = BOUNDARY_NODES[k]!;
    A[i * N + i]! += g[k]!;
    b[i]! += g[k]! * tb[k]!;
  }
}

/**
 * Vapour ([V] eqs. 8.41–8.46): carried through the screen (m = v·(e_air/T_air − e_top/T_top), as latent energy
 * in both rows), condensation and transpiration (PHASE tables); leakage is among the boundaries.
 */
function vapourRows(m: GreenhouseModel, A: Float64Array, b: Float64Array, c: Coefficients): void {
  const gi = L * c.vAirTop * c.invTa;
  const gj = L * c.vAirTop * c.invTt;
  A[VA * N + VA]! += gi;
  A[VA * N + VT]! -= gj;
  A[VT * N + VA]! -= gi;
  A[VT * N + VT]! += gj;
  phaseTerms(c, PH);
  for (let k = 0; k < PHASES; k++) {
    const v = PHASE_V[k]!;
    const s = PHASE_S[k]!;
    const Lk = L * PH[4 * k]!;
    const slope = PH[4 * k + 2]!;
    const c0 = PH[4 * k + 1]! - slope * PH[4 * k + 3]!;
    A[v * N + v]! += Lk;
    A[v * N + s]! -= Lk * slope;
    b[v]! += Lk * c0;
    A[s * N + v]! -= Lk;
    A[s * N + s]! += Lk * slope;
    b[s]! -= Lk * c0;
  }
  if (m.dry) {
    // no vapour exchange with any surface: anchor the (decoupled) vapour pair so the steady system is regular
    A[VA * N + VA]! += 1;
    A[VT * N + VT]! += 1;
  }
}

/** Add the roof vents at opening o: sensible and vapour loss of the top compartment ([V] eq. 8.66). */
export function addVents(m: GreenhouseModel, inp: GreenhouseInputs, o: number): void {
  const c = m.coef;
  const A = m.A;
  const b = m.b;
  const g = o * c.ventMax;
  A[TOP * N + TOP]! += g;
  b[TOP]! += g * inp.outdoorT;
  const gv = o * L * c.vVentMax * c.invTt;
  A[VT * N + VT]! += gv;
  b[VT]! += gv * c.vpOut * (c.invTo / c.invTt);
}
