/**
 * Stratified buffer (storage) tank: a vertical cylinder split into n equal, fully mixed nodes (node 0 at the
 * top), the one-dimensional multi-node model of TRNSYS Type 4/60 and Modelica Buildings
 * `Buildings.Fluid.Storage.Stratified`.
 *
 * Ports: the hot side (mining heat) enters at the top and draws its return from the bottom; the cold side
 * (greenhouse) enters at the bottom and draws its supply from the top. The net flow between nodes is
 * F = ṁ_hot − ṁ_cold (down when > 0), carried upwind (plug flow). Per node i, with M = ρ_ref·V/n and
 * c = cp(T_ref):
 *   M c dT_i/dt = [i = 0] ṁ_hot (T_hot,in − T_0) + [i = n−1] ṁ_cold (T_cold,in − T_{n−1})
 *                + F⁺ (T_{i−1} − T_i) + F⁻ (T_{i+1} − T_i)                  (upwind advection)
 *                + G (T_{i−1} − T_i) + G (T_{i+1} − T_i)                    (vertical conduction, G = k A/Δz)
 *                − UA_i (T_i − T_amb)                                        (losses, UA split by surface)
 * advanced by one **backward-Euler** step (unconditionally stable for any dt): a tridiagonal, diagonally
 * dominant system solved by the Thomas algorithm in preallocated arrays (no allocation per step).
 * After the solve, any inverted pair (a lower node warmer than the one above) is mixed: the pool-adjacent-
 * violators pass replaces each inverted run by its mass-weighted mean, which conserves energy exactly and
 * leaves a profile that never increases upward-to-downward (the "mixing algorithm" of multi-node tank
 * models, e.g. Kleinbach, Beckman & Klein 1993, Solar Energy 50(2)).
 *
 * Properties: ρ and cp are evaluated once at a reference temperature (default 50 °C), so the energy
 * E = Σ M c T_i is exactly conserved by the discrete scheme (the account in `stepTank`'s result closes to
 * rounding). Over 20–80 °C water's cp changes by < 0.5 % (IAPWS), the error this introduces.
 */
import { InputError } from '../errors';
import type { Fluid } from '../fluids/types';

export interface BufferTankParams {
  /** Water volume, m³. */
  volume: number;
  /** Inside height, m. */
  height: number;
  /** Number of nodes (≥ 1; 1 = fully mixed). */
  nodes: number;
  fluid: Fluid;
  /** Overall loss conductance of the whole tank to ambient, W/K (insulated shell). */
  lossUA: number;
  /** Initial temperature, K (all nodes), or one per node, top first. */
  initialT: number | readonly number[];
  /** Temperature for ρ and cp, K; default 323.15. */
  referenceT?: number;
  /** Effective vertical conductivity, W/(m·K); default the fluid's conductivity at referenceT. */
  verticalConductivity?: number;
}

export interface BufferTankInputs {
  /** Hot-side flow entering at the top (its return leaves from the bottom), kg/s. */
  hotInFlow: number;
  /** Hot-side inlet temperature, K. */
  hotInT: number;
  /** Cold-side flow entering at the bottom (its supply leaves from the top), kg/s. */
  coldInFlow: number;
  /** Cold-side inlet temperature, K. */
  coldInT: number;
  /** Temperature around the tank, K. */
  ambientT: number;
}

export interface BufferTankStepResult {
  /** Temperature leaving the top to the cold side during the step, K. */
  coldSupplyT: number;
  /** Temperature leaving the bottom to the hot side during the step, K. */
  hotReturnT: number;
  /** Heat brought by the hot side, ṁ_hot·c·(T_hot,in − hotReturnT), W. */
  heatFromHotSide: number;
  /** Heat taken by the cold side, ṁ_cold·c·(coldSupplyT − T_cold,in), W. */
  heatToColdSide: number;
  /** Loss to ambient during the step, W. */
  heatLoss: number;
  /** Whether buoyancy mixing acted in this step. */
  mixed: boolean;
}

export interface BufferTank {
  readonly nodes: number;
  /** Node temperatures, K, top first. Mutated by `stepTank`. */
  readonly T: Float64Array;
  /** Mass per node, kg. */
  readonly nodeMass: number;
  /** Specific heat used, J/(kg·K). */
  readonly cp: number;
  /** Loss conductance per node, W/K. */
  readonly nodeUA: Float64Array;
  /** Conduction conductance between neighbouring nodes, W/K. */
  readonly conductance: number;
  readonly result: BufferTankStepResult;
  // Work arrays (Thomas algorithm and mixing pass).
  readonly lower: Float64Array;
  readonly diag: Float64Array;
  readonly upper: Float64Array;
  readonly rhs: Float64Array;
  readonly blockSum: Float64Array;
  readonly blockLen: Int32Array;
}

function positive(field: string, x: number, unit: string): void {
  if (!(x > 0 && x < Infinity)) throw new InputError(field, x, `a finite value > 0 ${unit}`);
}

/** Create a tank with its preallocated state. */
export function createBufferTank(p: BufferTankParams): BufferTank {
  positive('tank.volume', p.volume, 'm³');
  positive('tank.height', p.height, 'm');
  if (!Number.isInteger(p.nodes) || p.nodes < 1 || p.nodes > 1000)
    throw new InputError('tank.nodes', p.nodes, 'a whole number between 1 and 1000');
  if (!(p.lossUA >= 0 && p.lossUA < Infinity))
    throw new InputError('tank.lossUA', p.lossUA, 'a finite value ≥ 0 W/K');
  const n = p.nodes;
  const refT = p.referenceT ?? 323.15;
  const rho = p.fluid.density(refT);
  const cp = p.fluid.specificHeat(refT);
  const k = p.verticalConductivity ?? p.fluid.conductivity(refT);
  if (!(k >= 0 && k < Infinity))
    throw new InputError('tank.verticalConductivity', k, 'a finite value ≥ 0 W/(m·K)');
  const T = new Float64Array(n);
  if (typeof p.initialT === 'number') {
    if (!(p.initialT > 0 && p.initialT < Infinity))
      throw new InputError('tank.initialT', p.initialT, 'a temperature > 0 K');
    T.fill(p.initialT);
  } else {
    if (p.initialT.length !== n)
      throw new InputError('tank.initialT', p.initialT.length, `one temperature per node (${n})`);
    p.initialT.forEach((t, i) => {
      if (!(t > 0 && t < Infinity)) throw new InputError(`tank.initialT[${i}]`, t, 'a temperature > 0 K');
      T[i] = t;
    });
  }
  // Geometry: cylinder of the given height; loss UA shared out in proportion to each node's outer surface.
  const area = p.volume / p.height; // cross-section, m²
  // A volume so small beside the height that the cross-section underflows (1e-323 m³) would share the loss
  // UA out as 0/0 = NaN.
  if (!(area > 1e-12)) {
    throw new InputError(
      'tank.volume',
      p.volume,
      `more than ${p.height * 1e-12} m³ for a ${p.height} m tall tank`,
    );
  }
  const diameter = Math.sqrt((4 * area) / Math.PI);
  const side = (Math.PI * diameter * p.height) / n;
  const total = Math.PI * diameter * p.height + 2 * area;
  const nodeUA = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = side + (i === 0 ? area : 0) + (i === n - 1 ? area : 0);
    nodeUA[i] = (p.lossUA * a) / total;
  }
  return {
    nodes: n,
    T,
    nodeMass: (rho * p.volume) / n,
    cp,
    nodeUA,
    conductance: n > 1 ? (k * area) / (p.height / n) : 0,
    result: {
      coldSupplyT: T[0]!,
      hotReturnT: T[n - 1]!,
      heatFromHotSide: 0,
      heatToColdSide: 0,
      heatLoss: 0,
      mixed: false,
    },
    lower: new Float64Array(n),
    diag: new Float64Array(n),
    upper: new Float64Array(n),
    rhs: new Float64Array(n),
    blockSum: new Float64Array(n),
    blockLen: new Int32Array(n),
  };
}

/**
 * Advance the tank by `dt` seconds (backward Euler) and return its (reused) result object.
 * The outflow temperatures and heat flows refer to the implicit solution, so that
 *   E(t+dt) − E(t) = dt·(heatFromHotSide − heatToColdSide − heatLoss)  exactly (to rounding),
 * with E = Σ M c T_i (`tankEnergy`). Mixing of inversions comes after and conserves E.
 */
export function stepTank(tank: BufferTank, inputs: BufferTankInputs, dt: number): BufferTankStepResult {
  const { hotInFlow: mh, hotInT, coldInFlow: mc, coldInT, ambientT } = inputs;
  positive('dt', dt, 's');
  if (!(mh >= 0 && mh < Infinity)) throw new InputError('hotInFlow', mh, 'a finite mass flow ≥ 0 kg/s');
  if (!(mc >= 0 && mc < Infinity)) throw new InputError('coldInFlow', mc, 'a finite mass flow ≥ 0 kg/s');
  if (!(hotInT > 0 && hotInT < Infinity))
    throw new InputError('hotInT', hotInT, 'a finite temperature > 0 K');
  if (!(coldInT > 0 && coldInT < Infinity))
    throw new InputError('coldInT', coldInT, 'a finite temperature > 0 K');
  if (!(ambientT > 0 && ambientT < Infinity))
    throw new InputError('ambientT', ambientT, 'a finite temperature > 0 K');

  const n = tank.nodes;
  const { T, lower: a, diag: b, upper: c, rhs: d, nodeUA } = tank;
  const cap = (tank.nodeMass * tank.cp) / dt; // W/K
  const G = tank.conductance;
  const F = mh - mc; // net downward flow between nodes, kg/s
  const fDown = F > 0 ? F * tank.cp : 0; // W/K
  const fUp = F < 0 ? -F * tank.cp : 0;
  const ch = mh * tank.cp;
  const cc = mc * tank.cp;
  for (let i = 0; i < n; i++) {
    let diag = cap + nodeUA[i]!;
    let rhs = cap * T[i]! + nodeUA[i]! * ambientT;
    let lo = 0;
    let up = 0;
    if (i > 0) {
      lo = -(G + fDown);
      diag += G + fDown;
    }
    if (i < n - 1) {
      up = -(G + fUp);
      diag += G + fUp;
    }
    if (i === 0) {
      diag += ch;
      rhs += ch * hotInT;
    }
    if (i === n - 1) {
      diag += cc;
      rhs += cc * coldInT;
    }
    a[i] = lo;
    b[i] = diag;
    c[i] = up;
    d[i] = rhs;
  }
  // Thomas algorithm (forward sweep, back substitution), in place.
  for (let i = 1; i < n; i++) {
    const w = a[i]! / b[i - 1]!;
    b[i] = b[i]! - w * c[i - 1]!;
    d[i] = d[i]! - w * d[i - 1]!;
  }
  T[n - 1] = d[n - 1]! / b[n - 1]!;
  for (let i = n - 2; i >= 0; i--) T[i] = (d[i]! - c[i]! * T[i + 1]!) / b[i]!;

  const r = tank.result;
  r.coldSupplyT = T[0]!;
  r.hotReturnT = T[n - 1]!;
  r.heatFromHotSide = ch * (hotInT - r.hotReturnT);
  r.heatToColdSide = cc * (r.coldSupplyT - coldInT);
  let loss = 0;
  for (let i = 0; i < n; i++) loss += nodeUA[i]! * (T[i]! - ambientT);
  r.heatLoss = loss;
  r.mixed = mixInversions(tank);
  return r;
}

/**
 * Pool-adjacent-violators pass: merges every run where a lower node is warmer than the node above into
 * its mean (equal node masses), giving the energy-preserving non-increasing (top → bottom) profile.
 * O(n), allocation-free. Returns whether anything was mixed.
 */
function mixInversions(tank: BufferTank): boolean {
  const { T, blockSum: sum, blockLen: len } = tank;
  const n = tank.nodes;
  let k = -1; // index of the last block
  let mixed = false;
  for (let i = 0; i < n; i++) {
    k++;
    sum[k] = T[i]!;
    len[k] = 1;
    // The block below (k) is warmer than the block above (k−1) by more than 1e-10 K: merge.
    while (k > 0 && sum[k]! * len[k - 1]! - sum[k - 1]! * len[k]! > 1e-10 * len[k]! * len[k - 1]!) {
      sum[k - 1] = sum[k - 1]! + sum[k]!;
      len[k - 1] = len[k - 1]! + len[k]!;
      k--;
      mixed = true;
    }
  }
  if (!mixed) return false;
  let i = 0;
  for (let b = 0; b <= k; b++) {
    const mean = sum[b]! / len[b]!;
    for (let j = 0; j < len[b]!; j++) T[i++] = mean;
  }
  return true;
}

/** Stored energy relative to `refT`, Σ M·c·(T_i − refT), J. */
export function tankEnergy(tank: BufferTank, refT = 0): number {
  let s = 0;
  for (let i = 0; i < tank.nodes; i++) s += tank.T[i]! - refT;
  return s * tank.nodeMass * tank.cp;
}

/** Mass-weighted mean temperature, K. */
export function tankMeanT(tank: BufferTank): number {
  let s = 0;
  for (let i = 0; i < tank.nodes; i++) s += tank.T[i]!;
  return s / tank.nodes;
}
