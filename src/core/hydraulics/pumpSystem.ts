/**
 * A pump on a quadratic system curve: the operating point at a given speed and its inverse (the speed that
 * delivers a given flow), and the head ↔ pressure conversions. Flow Q in m³/s, head H in m of the pumped
 * liquid, pressure in Pa. Pump curves: ./pumpCurve.
 */
import { PhysicsError, requireFinite } from '../errors';
import { requirePositive } from './check';
import { checkSpeed, type Pump, pumpEfficiency, STANDARD_GRAVITY } from './pumpCurve';

/** Quadratic system curve H_sys(Q) = staticHead + k Q² (m, Q in m³/s). */
export interface SystemCurve {
  /** Static head (elevation + pressure difference between the loop ends), m; 0 for a closed loop. */
  readonly staticHead: number;
  /** Resistance coefficient, m/(m³/s)² (≥ 0). */
  readonly k: number;
}

/** System curve through the static head and one known duty point (flow m³/s, head m). */
export function systemCurveThrough(staticHead: number, flow: number, head: number): SystemCurve {
  requireFinite('staticHead', staticHead, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, 'm');
  requirePositive('flow', flow, 'm³/s');
  requireFinite('head', head, staticHead, Number.POSITIVE_INFINITY, 'm (at least the static head)');
  return { staticHead, k: (head - staticHead) / (flow * flow) };
}

/** Head (m of liquid) equivalent to a pressure difference Δp (Pa): H = Δp/(ρ g). */
export function headFromPressure(pressure: number, density: number): number {
  requirePositive('density', density, 'kg/m³');
  return pressure / (density * STANDARD_GRAVITY);
}

/** Pressure difference (Pa) equivalent to a head H (m of liquid): Δp = ρ g H. */
export function pressureFromHead(head: number, density: number): number {
  requirePositive('density', density, 'kg/m³');
  return head * density * STANDARD_GRAVITY;
}

function checkSystem(system: SystemCurve): void {
  requireFinite(
    'system.staticHead',
    system.staticHead,
    Number.NEGATIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    'm',
  );
  requireFinite('system.k', system.k, 0, Number.POSITIVE_INFINITY, 'm/(m³/s)²');
}

export interface OperatingPoint {
  /** Flow, m³/s. */
  readonly flow: number;
  /** Head, m (pump = system). */
  readonly head: number;
  /** Speed ratio N/N_rated, –. */
  readonly speedRatio: number;
  /** Pump efficiency there, –. */
  readonly efficiency: number;
}

/**
 * Operating point of the pump at speed ratio n on the system curve H = H_s + k Q²: the root in
 * 0 ≤ Q ≤ n·Q_max of
 *   (h2 − k) Q² + h1 n Q + (h0 n² − H_s) = 0
 * solved exactly (the cancellation-free quadratic formula, Press et al., Numerical Recipes 3rd ed., eq. 5.6.4).
 * The pump curve falls and the system curve rises, so the root is unique when it exists.
 * @throws PhysicsError when the shut-off head is below the static head (says by how much, and the speed
 *   needed), or when the system curve stays below the pump curve to its end (run-out).
 */
export function operatingPoint(pump: Pump, system: SystemCurve, speedRatio: number): OperatingPoint {
  checkSpeed(pump, speedRatio);
  checkSystem(system);
  const n = speedRatio;
  const { staticHead, k } = system;
  const shutoff = pump.h0 * n * n;
  if (shutoff < staticHead) {
    const needed = Math.sqrt(staticHead / pump.h0);
    const fix =
      needed <= pump.maxSpeedRatio
        ? `raise the speed ratio to at least ${needed.toPrecision(4)}`
        : `even at the highest speed ratio ${pump.maxSpeedRatio} the shut-off head is ${(pump.h0 * pump.maxSpeedRatio ** 2).toPrecision(4)} m: choose a pump with more head or lower the static head`;
    throw new PhysicsError(
      `${pump.label} at speed ratio ${n}: shut-off head ${shutoff.toPrecision(4)} m is below the static head ` +
        `${staticHead.toPrecision(4)} m of the system — the pump head falls short by ${(staticHead - shutoff).toPrecision(4)} m ` +
        `and delivers no flow; ${fix}`,
    );
  }
  const qEnd = n * pump.maxFlow;
  const pumpEnd = shutoff + pump.h1 * n * qEnd + pump.h2 * qEnd * qEnd;
  const systemEnd = staticHead + k * qEnd * qEnd;
  if (pumpEnd - systemEnd > 1e-9 * shutoff) {
    throw new PhysicsError(
      `${pump.label} at speed ratio ${n}: at the end of its curve (${qEnd.toPrecision(4)} m³/s) the pump still gives ` +
        `${(pumpEnd - systemEnd).toPrecision(4)} m more head than the system needs (${systemEnd.toPrecision(4)} m) — ` +
        'it would run out beyond its published curve; add resistance (throttle/balancing valve) or lower the speed',
    );
  }
  // a Q² + b Q + c = 0 with c ≥ 0; the wanted root is the smallest non-negative one.
  const a = pump.h2 - k;
  const b = pump.h1 * n;
  const c = shutoff - staticHead;
  let flow: number;
  if (c === 0) {
    flow = 0;
  } else if (a === 0) {
    flow = -c / b; // b < 0 here, else the run-out check above would have thrown
  } else {
    const disc = Math.max(0, b * b - 4 * a * c);
    const q = -0.5 * (b + (b >= 0 ? 1 : -1) * Math.sqrt(disc));
    const r1 = q / a;
    const r2 = c / q;
    flow = smallestNonNegative(r1, r2);
  }
  flow = Math.min(Math.max(flow, 0), qEnd);
  return {
    flow,
    head: staticHead + k * flow * flow,
    speedRatio: n,
    efficiency: pumpEfficiency(pump, flow, n),
  };
}

function smallestNonNegative(r1: number, r2: number): number {
  const ok1 = r1 >= 0 && Number.isFinite(r1);
  const ok2 = r2 >= 0 && Number.isFinite(r2);
  if (ok1 && ok2) return Math.min(r1, r2);
  if (ok1) return r1;
  if (ok2) return r2;
  // Unreachable for validated inputs (a sign change brackets a root); keep the message explicit regardless.
  throw new PhysicsError(
    `operating point: no non-negative root of the pump/system quadratic (roots ${r1}, ${r2})`,
  );
}

/**
 * Speed ratio n at which the pump delivers flow Q (m³/s) into the system curve H = H_s + k Q²: the root of
 *   h0 n² + h1 Q n + (h2 Q² − H_s − k Q²) = 0
 * with n ≥ Q/Q_max (the point must lie on the published curve). On that branch the pump head n² H₁(Q/n)
 * rises with n (H₁ ≥ 0 and falling), so the larger root is the answer and it is unique.
 * @throws PhysicsError when the system needs no head at Q, or the required speed is outside the drive's range
 *   (the message gives the head shortfall at the highest speed).
 */
export function speedForFlow(pump: Pump, system: SystemCurve, flow: number): OperatingPoint {
  checkSystem(system);
  requireFinite('flow', flow, 0, Number.POSITIVE_INFINITY, 'm³/s');
  const { staticHead, k } = system;
  const systemHead = staticHead + k * flow * flow;
  if (systemHead <= 0) {
    throw new PhysicsError(
      `at ${flow} m³/s the system needs ${systemHead.toPrecision(4)} m of head: no pump work is required ` +
        '(the flow is driven by the static head alone); lower the flow target or add resistance',
    );
  }
  const A = pump.h0;
  const B = pump.h1 * flow;
  const C = (pump.h2 - k) * flow * flow - staticHead;
  const disc = B * B - 4 * A * C;
  if (disc < 0) {
    // Cannot happen while H₁(Q_max) ≥ 0, since then the pump head at n = Q/Q_max is ≤ the system head.
    throw new PhysicsError(`no speed ratio gives ${flow} m³/s into this system with ${pump.label}`);
  }
  const sq = Math.sqrt(disc);
  const n = B <= 0 ? (-B + sq) / (2 * A) : (2 * C) / (-B - sq);
  const nMinOnCurve = flow / pump.maxFlow;
  if (n > pump.maxSpeedRatio) {
    const nMax = pump.maxSpeedRatio;
    const qEndAtMax = nMax * pump.maxFlow;
    let shortfall: string;
    if (flow <= qEndAtMax) {
      const available = pump.h0 * nMax * nMax + pump.h1 * nMax * flow + pump.h2 * flow * flow;
      shortfall =
        `at that speed its head is ${available.toPrecision(4)} m, short of the system's ` +
        `${systemHead.toPrecision(4)} m by ${(systemHead - available).toPrecision(4)} m`;
    } else {
      shortfall = `${flow} m³/s is beyond the end of its curve (${qEndAtMax.toPrecision(4)} m³/s) at that speed`;
    }
    throw new PhysicsError(
      `${pump.label} would need speed ratio ${n.toPrecision(4)} to deliver ${flow} m³/s but is limited to ${nMax}: ` +
        `${shortfall}. Lower the flow, reduce the system resistance, or choose a larger pump`,
    );
  }
  if (n < pump.minSpeedRatio) {
    throw new PhysicsError(
      `${pump.label} would need speed ratio ${n.toPrecision(4)} to deliver ${flow} m³/s, below its minimum ` +
        `${pump.minSpeedRatio}: add resistance (throttle) or run the pump intermittently`,
    );
  }
  if (n < nMinOnCurve * (1 - 1e-12)) {
    // Possible only when the curve ends above zero head (maxFlowHead > 0).
    throw new PhysicsError(
      `${pump.label}: at every speed that keeps ${flow} m³/s on its published curve (speed ratio ≥ ` +
        `${nMinOnCurve.toPrecision(4)}) it gives more head than the system's ${systemHead.toPrecision(4)} m — ` +
        'it would run out beyond its curve; add resistance (throttle/balancing valve)',
    );
  }
  const speedRatio = Math.max(n, nMinOnCurve); // rounding guard at the curve end
  return {
    flow,
    head: systemHead,
    speedRatio,
    efficiency: pumpEfficiency(pump, flow, speedRatio),
  };
}
