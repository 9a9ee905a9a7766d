/**
 * Centrifugal pump on a variable-speed drive: quadratic head and efficiency curves, affinity laws, power
 * chain (hydraulic → shaft → electric). Flow Q in m³/s, head H in m of the pumped liquid, power in W.
 * Speed is given as the ratio n = N / N_rated (1 = the speed the curves were published for).
 * The operating point on a system curve is in ./pumpSystem.
 */
import { InputError, PhysicsError, requireFinite } from '../errors';
import { requirePositive } from './check';

/** Standard acceleration of gravity, m/s² (3rd CGPM, 1901; exact). */
export const STANDARD_GRAVITY = 9.80665;

/**
 * A pump, as built by `pumpFromPoints` or `pumpFromCoefficients` (which validate it). At rated speed:
 *   H₁(Q) = h0 + h1 Q + h2 Q²  (m),  η₁(Q) = e1 Q + e2 Q²  (–),  0 ≤ Q ≤ maxFlow.
 */
export interface Pump {
  readonly label: string;
  /** Head coefficients at rated speed: m, m/(m³/s), m/(m³/s)². */
  readonly h0: number;
  readonly h1: number;
  readonly h2: number;
  /** Efficiency coefficients at rated speed (curve through the origin): 1/(m³/s), 1/(m³/s)². */
  readonly e1: number;
  readonly e2: number;
  /** End of the published curve at rated speed, m³/s. */
  readonly maxFlow: number;
  /** Best-efficiency point at rated speed. */
  readonly bepFlow: number;
  readonly bepEfficiency: number;
  /** Motor efficiency (shaft power / motor input), 0–1, taken constant. */
  readonly motorEfficiency: number;
  /** Variable-speed drive efficiency (motor input / grid input), 0–1, taken constant; 1 for no drive. */
  readonly driveEfficiency: number;
  /** Allowed speed ratio range of the drive. */
  readonly minSpeedRatio: number;
  readonly maxSpeedRatio: number;
}

/** Drive data common to both pump constructors. */
export interface PumpDriveSpec {
  readonly label?: string;
  /** Motor efficiency, 0 < η ≤ 1 (IE3 4-pole 5.5–15 kW ≈ 0.90–0.92, IEC 60034-30-1). */
  readonly motorEfficiency: number;
  /** Drive (VFD) efficiency, 0 < η ≤ 1 (≈ 0.97 at full load); 1 for a fixed-speed pump. */
  readonly driveEfficiency: number;
  /** Lowest speed ratio the drive may run, default 0.2. */
  readonly minSpeedRatio?: number;
  /** Highest speed ratio the drive may run, default 1. */
  readonly maxSpeedRatio?: number;
}

export interface PumpPointsSpec extends PumpDriveSpec {
  /** Head at zero flow, m. */
  readonly shutoffHead: number;
  /** Flow at the best-efficiency point, m³/s. */
  readonly bepFlow: number;
  /** Head at the best-efficiency point, m. */
  readonly bepHead: number;
  /** Pump (hydraulic/shaft) efficiency at the BEP, 0–1. */
  readonly bepEfficiency: number;
  /** Largest flow of the published curve, m³/s (must be < 2 × bepFlow, see pumpFromPoints). */
  readonly maxFlow: number;
  /** Head at maxFlow, m (≥ 0, default 0 = curve runs out to zero head). */
  readonly maxFlowHead?: number;
}

export interface PumpCoefficientsSpec extends PumpDriveSpec {
  /** Head at rated speed H(Q) = h0 + h1 Q + h2 Q², m with Q in m³/s. */
  readonly head: { readonly h0: number; readonly h1: number; readonly h2: number };
  /** Best-efficiency point (flow m³/s, efficiency 0–1) defining the efficiency parabola. */
  readonly bepFlow: number;
  readonly bepEfficiency: number;
  /** Largest flow of the curve, m³/s. */
  readonly maxFlow: number;
}

/**
 * Pump from three head points at rated speed — (0, H₀), (Q_bep, H_bep), (Q_max, H_max) — through which
 * the quadratic head curve passes exactly (Lagrange interpolation), and an efficiency parabola through the
 * origin with its peak η_bep at Q_bep:
 *   η₁(Q) = η_bep (2 r − r²),  r = Q/Q_bep
 * (the usual quadratic pump-efficiency model, e.g. Ulanicki et al., J. Water Resour. Plann. Manage. 134 (2008)
 * 245–256). Because η₁ reaches 0 at 2 Q_bep, Q_max must be below 2 Q_bep (real pumps: BEP at 55–75 % of the
 * run-out flow). The head curve must fall monotonically over 0…Q_max (no rising "droop" near shut-off) so
 * that each system curve has a single operating point.
 */
export function pumpFromPoints(spec: PumpPointsSpec): Pump {
  const { shutoffHead: H0, bepFlow: Qb, bepHead: Hb, maxFlow: Qm } = spec;
  const Hm = spec.maxFlowHead ?? 0;
  requirePositive('shutoffHead', H0, 'm');
  requirePositive('bepFlow', Qb, 'm³/s');
  requirePositive('bepHead', Hb, 'm');
  if (Hb >= H0) throw new InputError('bepHead', Hb, `below shutoffHead = ${H0} m (the head falls with flow)`);
  if (!(Qm > Qb && Qm < 2 * Qb) || !Number.isFinite(Qm)) {
    throw new InputError(
      'maxFlow',
      Qm,
      `between bepFlow = ${Qb} and 2 × bepFlow = ${2 * Qb} m³/s (the efficiency parabola reaches 0 at 2 × bepFlow; ` +
        'give the curve end inside that range)',
    );
  }
  if (!(Hm >= 0 && Hm < Hb)) {
    throw new InputError('maxFlowHead', Hm, `≥ 0 and below bepHead = ${Hb} m`);
  }
  // Quadratic through (0,H0), (Qb,Hb), (Qm,Hm): H = H0 + h1 Q + h2 Q².
  // From the two equations h1 Qb + h2 Qb² = Hb − H0 and h1 Qm + h2 Qm² = Hm − H0:
  const sb = (Hb - H0) / Qb; // = h1 + h2 Qb
  const sm = (Hm - H0) / Qm; // = h1 + h2 Qm
  const h2 = (sm - sb) / (Qm - Qb);
  const h1 = sb - h2 * Qb;
  return buildPump(spec, H0, h1, h2, Qb, spec.bepEfficiency, Qm);
}

/** Pump from head-curve coefficients at rated speed plus its best-efficiency point (see pumpFromPoints). */
export function pumpFromCoefficients(spec: PumpCoefficientsSpec): Pump {
  const { h0, h1, h2 } = spec.head;
  requirePositive('head.h0', h0, 'm');
  requireFinite('head.h1', h1, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, 'm/(m³/s)');
  requireFinite('head.h2', h2, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, 'm/(m³/s)²');
  requirePositive('maxFlow', spec.maxFlow, 'm³/s');
  requirePositive('bepFlow', spec.bepFlow, 'm³/s');
  if (!(spec.maxFlow < 2 * spec.bepFlow)) {
    throw new InputError(
      'maxFlow',
      spec.maxFlow,
      `below 2 × bepFlow = ${2 * spec.bepFlow} m³/s (the efficiency parabola reaches 0 there)`,
    );
  }
  return buildPump(spec, h0, h1, h2, spec.bepFlow, spec.bepEfficiency, spec.maxFlow);
}

function buildPump(
  drive: PumpDriveSpec,
  h0: number,
  h1: number,
  h2: number,
  bepFlow: number,
  bepEfficiency: number,
  maxFlow: number,
): Pump {
  checkEfficiency('bepEfficiency', bepEfficiency);
  checkEfficiency('motorEfficiency', drive.motorEfficiency);
  checkEfficiency('driveEfficiency', drive.driveEfficiency);
  const minSpeedRatio = drive.minSpeedRatio ?? 0.2;
  const maxSpeedRatio = drive.maxSpeedRatio ?? 1;
  requirePositive('minSpeedRatio', minSpeedRatio);
  requireFinite(
    'maxSpeedRatio',
    maxSpeedRatio,
    minSpeedRatio,
    2,
    `(at least minSpeedRatio = ${minSpeedRatio})`,
  );
  // Monotone falling head over 0…maxFlow: dH/dQ = h1 + 2 h2 Q ≤ 0 at both ends (it is linear in Q).
  const slopeEnd = h1 + 2 * h2 * maxFlow;
  if (h1 > 0 || slopeEnd > 0) {
    throw new InputError(
      'pump head curve',
      { h0, h1, h2 },
      `a head that falls with flow over 0…${maxFlow} m³/s (slope at 0: ${h1.toPrecision(4)}, at maxFlow: ` +
        `${slopeEnd.toPrecision(4)} m per m³/s; both must be ≤ 0) — pick points from the falling part of the curve`,
    );
  }
  const headAtMax = h0 + h1 * maxFlow + h2 * maxFlow * maxFlow;
  if (headAtMax < -1e-9 * h0) {
    throw new InputError(
      'maxFlow',
      maxFlow,
      `at most the zero-head flow of the curve (head there is ${headAtMax.toPrecision(4)} m)`,
    );
  }
  return {
    label: drive.label ?? 'pump',
    h0,
    h1,
    h2,
    e1: (2 * bepEfficiency) / bepFlow,
    e2: -bepEfficiency / (bepFlow * bepFlow),
    maxFlow,
    bepFlow,
    bepEfficiency,
    motorEfficiency: drive.motorEfficiency,
    driveEfficiency: drive.driveEfficiency,
    minSpeedRatio,
    maxSpeedRatio,
  };
}

function checkEfficiency(field: string, eta: number): void {
  if (!(eta > 0 && eta <= 1)) throw new InputError(field, eta, 'between 0 (exclusive) and 1');
}

export function checkSpeed(pump: Pump, speedRatio: number): void {
  if (!(speedRatio >= pump.minSpeedRatio && speedRatio <= pump.maxSpeedRatio)) {
    throw new InputError(
      'speedRatio',
      speedRatio,
      `between ${pump.minSpeedRatio} and ${pump.maxSpeedRatio} (N/N_rated allowed for ${pump.label})`,
    );
  }
}

function checkFlowOnCurve(pump: Pump, flow: number, speedRatio: number): void {
  const qMax = speedRatio * pump.maxFlow;
  if (!(flow >= 0 && flow <= qMax * (1 + 1e-12))) {
    throw new InputError(
      'flow',
      flow,
      `between 0 and ${qMax.toPrecision(6)} m³/s (end of the curve of ${pump.label} at speed ratio ${speedRatio})`,
    );
  }
}

/**
 * Affinity laws for a change of speed of the same pump (Karassik et al., Pump Handbook 4th ed., §2.1):
 *   Q₂ = n Q₁,  H₂ = n² H₁,  P₂ = n³ P₁,  η₂ = η₁ (homologous points)
 * with n = N₂/N₁. Exact for geometric similarity; real small pumps lose a few per cent of efficiency at low
 * speed (Reynolds effects), which this ignores.
 */
export function affinityScale(
  point: { readonly flow: number; readonly head: number; readonly power?: number },
  speedRatio: number,
): { flow: number; head: number; power?: number } {
  requirePositive('speedRatio', speedRatio);
  const n2 = speedRatio * speedRatio;
  const out: { flow: number; head: number; power?: number } = {
    flow: point.flow * speedRatio,
    head: point.head * n2,
  };
  if (point.power !== undefined) out.power = point.power * n2 * speedRatio;
  return out;
}

/**
 * Head at flow Q (m³/s) and speed ratio n, from the affinity laws applied to the rated curve:
 *   H(Q, n) = n² H₁(Q/n) = h0 n² + h1 n Q + h2 Q²   (m).
 * Valid for 0 ≤ Q ≤ n·maxFlow and minSpeedRatio ≤ n ≤ maxSpeedRatio (else InputError).
 */
export function pumpHead(pump: Pump, flow: number, speedRatio: number): number {
  checkSpeed(pump, speedRatio);
  checkFlowOnCurve(pump, flow, speedRatio);
  return pump.h0 * speedRatio * speedRatio + pump.h1 * speedRatio * flow + pump.h2 * flow * flow;
}

/**
 * Pump efficiency at flow Q and speed ratio n: η(Q, n) = η₁(Q/n) = e1 (Q/n) + e2 (Q/n)² (affinity:
 * efficiency is unchanged at homologous points). 0 at zero flow.
 */
export function pumpEfficiency(pump: Pump, flow: number, speedRatio: number): number {
  checkSpeed(pump, speedRatio);
  checkFlowOnCurve(pump, flow, speedRatio);
  const q = flow / speedRatio;
  return pump.e1 * q + pump.e2 * q * q;
}

export interface PumpPower {
  /** Head, m. */
  readonly head: number;
  /** Pump efficiency, –. */
  readonly efficiency: number;
  /** Hydraulic power ρ g Q H, W. */
  readonly hydraulicPower: number;
  /** Shaft power P_hyd / η, W. */
  readonly shaftPower: number;
  /** Grid (electric) power P_shaft / (η_motor η_drive), W. */
  readonly electricPower: number;
}

/**
 * Power chain at flow Q (m³/s), speed ratio n and liquid density ρ (kg/m³):
 *   P_hyd = ρ g Q H,  P_shaft = P_hyd / η(Q, n),  P_el = P_shaft / (η_motor η_drive)
 * (Karassik et al., Pump Handbook, §2.1). Motor and drive efficiencies are constant (their part-load drop is
 * ignored). At Q = 0 the efficiency parabola gives η = 0 and the shaft power is undefined in this model:
 * PhysicsError (a pump must not run dead-headed).
 */
export function pumpPower(pump: Pump, flow: number, speedRatio: number, density: number): PumpPower {
  requirePositive('density', density, 'kg/m³');
  const head = pumpHead(pump, flow, speedRatio);
  const efficiency = pumpEfficiency(pump, flow, speedRatio);
  if (!(efficiency > 0)) {
    throw new PhysicsError(
      `${pump.label}: efficiency at flow ${flow} m³/s and speed ratio ${speedRatio} is ${efficiency} — ` +
        'the pump would run dead-headed (zero flow); shaft power is not defined by the efficiency curve there',
    );
  }
  const hydraulicPower = density * STANDARD_GRAVITY * flow * head;
  const shaftPower = hydraulicPower / efficiency;
  return {
    head,
    efficiency,
    hydraulicPower,
    shaftPower,
    electricPower: shaftPower / (pump.motorEfficiency * pump.driveEfficiency),
  };
}
