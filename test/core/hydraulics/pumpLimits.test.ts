/**
 * Pump model: construction inside each test (a pump built at module load is invisible to per-test mutation
 * coverage), exact validation boundaries, and messages that name the field, the unit and the fix.
 * Reference pump as in pump.test.ts: H₁(Q) = 40 − 200 Q − 30 000 Q² (m, Q in m³/s), BEP 0.02 m³/s at 24 m,
 * η_BEP = 0.75, curve end 0.03 m³/s at 7 m.
 */
import { describe, expect, it } from 'vitest';
import { InputError, PhysicsError } from '../../../src/core/errors';
import {
  affinityScale,
  headFromPressure,
  operatingPoint,
  pressureFromHead,
  pumpEfficiency,
  pumpFromCoefficients,
  pumpFromPoints,
  pumpHead,
  pumpPower,
  speedForFlow,
  systemCurveThrough,
} from '../../../src/core/hydraulics/pump';

const spec = {
  label: 'test pump',
  shutoffHead: 40,
  bepFlow: 0.02,
  bepHead: 24,
  bepEfficiency: 0.75,
  maxFlow: 0.03,
  maxFlowHead: 7,
  motorEfficiency: 0.92,
  driveEfficiency: 0.97,
};
const coeffs = {
  head: { h0: 40, h1: -200, h2: -30_000 },
  bepFlow: 0.02,
  bepEfficiency: 0.75,
  maxFlow: 0.03,
  motorEfficiency: 0.92,
  driveEfficiency: 0.97,
};

function inputError(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('pump construction', () => {
  it('a pump from coefficients has the BEP efficiency at its BEP and the parabola through 0 at 2 Q_BEP', () => {
    const p = pumpFromCoefficients(coeffs);
    // η = η_b (2r − r²): r = 1 → 0.75; r = 0.5 → 0.75 · 0.75 = 0.5625.
    expect(pumpEfficiency(p, 0.02, 1)).toBeCloseTo(0.75, 12);
    expect(pumpEfficiency(p, 0.01, 1)).toBeCloseTo(0.5625, 12);
    // Head at 0.01 m³/s: 40 − 2 − 3 = 35 m; at speed 0.5: 0.25·40 − 200·0.5·0.01 − 30 000·1e-4 = 6 m.
    expect(pumpHead(p, 0.01, 1)).toBeCloseTo(35, 10);
    expect(pumpHead(p, 0.01, 0.5)).toBeCloseTo(6, 10);
    expect(p.label).toBe('pump');
  });

  it('pumpFromPoints: each field named with its unit; exact boundaries refused', () => {
    expect(inputError(() => pumpFromPoints({ ...spec, shutoffHead: 0 })).message).toBe(
      'shutoffHead = 0 is not allowed: a finite number > 0 m',
    );
    expect(inputError(() => pumpFromPoints({ ...spec, bepFlow: -1 })).message).toBe(
      'bepFlow = -1 is not allowed: a finite number > 0 m³/s',
    );
    expect(inputError(() => pumpFromPoints({ ...spec, bepHead: 0 })).message).toBe(
      'bepHead = 0 is not allowed: a finite number > 0 m',
    );
    // A BEP head equal to the shut-off head is refused (the head must fall).
    expect(inputError(() => pumpFromPoints({ ...spec, bepHead: 40 })).message).toBe(
      'bepHead = 40 is not allowed: below shutoffHead = 40 m (the head falls with flow)',
    );
    for (const maxFlow of [0.02, 0.04, Number.POSITIVE_INFINITY]) {
      const e = inputError(() => pumpFromPoints({ ...spec, maxFlow }));
      expect(e.field).toBe('maxFlow');
      expect(e.message).toContain(
        'between bepFlow = 0.02 and 2 × bepFlow = 0.04 m³/s (the efficiency parabola reaches 0 at 2 × bepFlow; ' +
          'give the curve end inside that range)',
      );
    }
    for (const maxFlowHead of [-1, 24]) {
      const e = inputError(() => pumpFromPoints({ ...spec, maxFlowHead }));
      expect(e.field).toBe('maxFlowHead');
      expect(e.message).toContain('≥ 0 and below bepHead = 24 m');
    }
    // maxFlowHead 0 is allowed: (0,40), (0.02,24), (0.035,0) → h2 = (−40/0.035 + 800)/0.015 = −22 857.14.
    expect(pumpFromPoints({ ...spec, maxFlow: 0.035, maxFlowHead: 0 }).h2).toBeCloseTo(
      (-40 / 0.035 + 800) / 0.015,
      6,
    );
  });

  it('pumpFromCoefficients: fields and units in the messages, maxFlow below 2 × bepFlow', () => {
    const c = coeffs;
    expect(inputError(() => pumpFromCoefficients({ ...c, head: { ...c.head, h0: 0 } })).message).toBe(
      'head.h0 = 0 is not allowed: a finite number > 0 m',
    );
    expect(
      inputError(() => pumpFromCoefficients({ ...c, head: { ...c.head, h1: Number.NaN } })).message,
    ).toBe('head.h1 = NaN is not allowed: a finite number');
    expect(inputError(() => pumpFromCoefficients({ ...c, head: { ...c.head, h2: Infinity } })).field).toBe(
      'head.h2',
    );
    expect(inputError(() => pumpFromCoefficients({ ...c, maxFlow: 0 })).message).toBe(
      'maxFlow = 0 is not allowed: a finite number > 0 m³/s',
    );
    expect(inputError(() => pumpFromCoefficients({ ...c, bepFlow: 0 })).message).toBe(
      'bepFlow = 0 is not allowed: a finite number > 0 m³/s',
    );
    expect(inputError(() => pumpFromCoefficients({ ...c, maxFlow: 0.04 })).message).toBe(
      'maxFlow = 0.04 is not allowed: below 2 × bepFlow = 0.04 m³/s (the efficiency parabola reaches 0 there)',
    );
    expect(() => pumpFromCoefficients({ ...c, maxFlow: 0.0399 })).toThrowError(/zero-head flow/);
  });

  it('drive limits and the falling-head rule, with their boundaries', () => {
    const c = coeffs;
    expect(inputError(() => pumpFromCoefficients({ ...c, driveEfficiency: 0 })).message).toBe(
      'driveEfficiency = 0 is not allowed: between 0 (exclusive) and 1',
    );
    expect(inputError(() => pumpFromCoefficients({ ...c, minSpeedRatio: 0 })).field).toBe('minSpeedRatio');
    expect(
      inputError(() => pumpFromCoefficients({ ...c, minSpeedRatio: 0.5, maxSpeedRatio: 0.4 })).message,
    ).toBe('maxSpeedRatio = 0.4 is not allowed: between 0.5 and 2 (at least minSpeedRatio = 0.5)');
    // Slope at the end h1 + 2 h2 Q_max = −300 + 2·5000·0.03 = 0: flat there, still allowed.
    expect(() => pumpFromCoefficients({ ...c, head: { h0: 40, h1: -300, h2: 5000 } })).not.toThrow();
    // −200 + 300 = +100 > 0: the head rises towards the end.
    const rising = inputError(() => pumpFromCoefficients({ ...c, head: { h0: 40, h1: -200, h2: 5000 } }));
    expect(rising.field).toBe('pump head curve');
    expect(rising.message).toContain('{"h0":40,"h1":-200,"h2":5000}');
    expect(rising.message).toContain('(slope at 0: -200.0, at maxFlow: 100.0 m per m³/s; both must be ≤ 0)');
    // Head exactly 0 at the curve end is allowed: 40 − 160 · 0.5² = 0 (BEP 0.4 m³/s, end 0.5 m³/s).
    expect(() =>
      pumpFromCoefficients({ ...c, head: { h0: 40, h1: 0, h2: -160 }, bepFlow: 0.4, maxFlow: 0.5 }),
    ).not.toThrow();
    // 40 − 7.8 − 45.63 = −13.43 m at 0.039 m³/s: beyond the zero-head flow.
    expect(inputError(() => pumpFromCoefficients({ ...c, maxFlow: 0.039 })).message).toBe(
      'maxFlow = 0.039 is not allowed: at most the zero-head flow of the curve (head there is -13.43 m)',
    );
  });
});

describe('pump use: limits and messages', () => {
  it('speed and flow ranges name the pump and include their ends', () => {
    const p = pumpFromPoints(spec);
    expect(inputError(() => pumpHead(p, 0.01, 1.01)).message).toBe(
      'speedRatio = 1.01 is not allowed: between 0.2 and 1 (N/N_rated allowed for test pump)',
    );
    expect(inputError(() => pumpHead(p, 0.01, 0.19)).field).toBe('speedRatio');
    // The curve end at speed 0.5 is 0.015 m³/s, included: 0.25·40 − 200·0.5·0.015 − 30 000·0.015² = 1.75 m.
    expect(pumpHead(p, 0.015, 0.5)).toBeCloseTo(1.75, 10);
    expect(inputError(() => pumpHead(p, 0.0151, 0.5)).message).toBe(
      'flow = 0.0151 is not allowed: between 0 and 0.0150000 m³/s (end of the curve of test pump at speed ratio 0.5)',
    );
    expect(inputError(() => pumpHead(p, -1e-9, 1)).field).toBe('flow');
  });

  it('affinity: power scales with n³ only when given', () => {
    expect(affinityScale({ flow: 1, head: 10, power: 8 }, 0.5)).toEqual({ flow: 0.5, head: 2.5, power: 1 });
    expect('power' in affinityScale({ flow: 1, head: 10 }, 0.5)).toBe(false);
    expect(inputError(() => affinityScale({ flow: 1, head: 1 }, 0)).message).toBe(
      'speedRatio = 0 is not allowed: a finite number > 0',
    );
    expect(inputError(() => affinityScale({ flow: 1, head: 1 }, Number.POSITIVE_INFINITY)).field).toBe(
      'speedRatio',
    );
  });

  it('density, system-curve and flow arguments are named with their units', () => {
    const p = pumpFromPoints(spec);
    expect(inputError(() => pumpPower(p, 0.02, 1, 0)).message).toBe(
      'density = 0 is not allowed: a finite number > 0 kg/m³',
    );
    expect(inputError(() => headFromPressure(1e5, -1)).message).toBe(
      'density = -1 is not allowed: a finite number > 0 kg/m³',
    );
    expect(inputError(() => pressureFromHead(1, 0)).message).toBe(
      'density = 0 is not allowed: a finite number > 0 kg/m³',
    );
    expect(inputError(() => systemCurveThrough(Number.NaN, 0.02, 18)).message).toBe(
      'staticHead = NaN is not allowed: a finite number',
    );
    expect(inputError(() => systemCurveThrough(10, 0, 18)).message).toBe(
      'flow = 0 is not allowed: a finite number > 0 m³/s',
    );
    expect(inputError(() => systemCurveThrough(10, 0.02, 5)).message).toBe(
      'head = 5 is not allowed: a finite number ≥ 10 m (at least the static head)',
    );
    expect(inputError(() => operatingPoint(p, { staticHead: Number.NaN, k: 1 }, 1)).message).toBe(
      'system.staticHead = NaN is not allowed: a finite number',
    );
    expect(inputError(() => operatingPoint(p, { staticHead: 1, k: -1 }, 1)).message).toBe(
      'system.k = -1 is not allowed: a finite number ≥ 0 m/(m³/s)²',
    );
    expect(inputError(() => speedForFlow(p, { staticHead: 10, k: 1 }, -1)).message).toBe(
      'flow = -1 is not allowed: a finite number ≥ 0 m³/s',
    );
    expect(() => pumpPower(p, 0, 1, 1000)).toThrowError(
      'test pump: efficiency at flow 0 m³/s and speed ratio 1 is 0 — the pump would run dead-headed',
    );
  });
});

describe('operating point and speed for flow: edge branches by hand', () => {
  it('static head equal to the shut-off head: no flow, not an error', () => {
    const p = pumpFromPoints(spec);
    const r = operatingPoint(p, { staticHead: 40, k: 1000 }, 1);
    expect(r.flow).toBe(0);
    expect(r.head).toBe(40);
  });

  it('system resistance equal to h2 (a = 0): the linear root Q = −c/b', () => {
    // H = 40 − 300 Q + 5000 Q² (falls over 0…0.03) against H = 39.4 + 5000 Q²: a = h2 − k = 0,
    // b = −300, c = 0.6 → Q = 0.6/300 = 0.002 m³/s.
    const p = pumpFromCoefficients({ ...coeffs, head: { h0: 40, h1: -300, h2: 5000 } });
    const r = operatingPoint(p, { staticHead: 39.4, k: 5000 }, 1);
    expect(r.flow).toBeCloseTo(0.002, 12);
    expect(r.head).toBeCloseTo(39.4 + 5000 * 0.002 ** 2, 10);
  });

  it('a rising-then-falling pump curve (h2 > 0) picks the smaller non-negative root', () => {
    // H = 40 − 300 Q + 5000 Q² (falls over 0…0.03), system H = 20 + 10 000 Q²:
    // −5000 Q² − 300 Q + 20 = 0 → Q = (−300 + √(90 000 + 400 000))/10 000 = 0.0400 … out of range;
    // with k = 40 000: −35 000 Q² − 300 Q + 20 = 0 → Q = (−300 + √(90 000 + 2 800 000))/70 000.
    const p = pumpFromCoefficients({ ...coeffs, head: { h0: 40, h1: -300, h2: 5000 } });
    const r = operatingPoint(p, { staticHead: 20, k: 40_000 }, 1);
    const q = (-300 + Math.sqrt(90_000 + 2_800_000)) / 70_000;
    expect(r.flow).toBeCloseTo(q, 12);
    expect(r.head).toBeCloseTo(20 + 40_000 * q * q, 9);
  });

  it('shut-off below the static head: the speed that would do, or that none would', () => {
    const p = pumpFromPoints(spec);
    // At n = 0.5 the shut-off head is 10 m < 12 m: √(12/40) = 0.5477 would do.
    expect(() => operatingPoint(p, { staticHead: 12, k: 0 }, 0.5)).toThrowError(
      'test pump at speed ratio 0.5: shut-off head 10.00 m is below the static head 12.00 m of the system — ' +
        'the pump head falls short by 2.000 m and delivers no flow; raise the speed ratio to at least 0.5477',
    );
    // 40 m needs exactly n = 1 = the maximum: still "raise the speed ratio".
    expect(() => operatingPoint(p, { staticHead: 40, k: 0 }, 0.5)).toThrowError(/at least 1\.000$/);
    expect(() => operatingPoint(p, { staticHead: 50, k: 0 }, 1)).toThrowError(
      /even at the highest speed ratio 1 the shut-off head is 40\.00 m: choose a pump with more head/,
    );
  });

  it('run-out: the message gives the curve end and the excess head', () => {
    const p = pumpFromPoints(spec);
    // k = 0, H_s = 5: at the end 0.03 m³/s the pump gives 7 m, 2 m more than the system's 5 m.
    expect(() => operatingPoint(p, { staticHead: 5, k: 0 }, 1)).toThrowError(
      'test pump at speed ratio 1: at the end of its curve (0.03000 m³/s) the pump still gives 2.000 m more head ' +
        'than the system needs (5.000 m)',
    );
    // Exactly meeting the system at the end is allowed: H_s = 7 m.
    expect(operatingPoint(p, { staticHead: 7, k: 0 }, 1).flow).toBeCloseTo(0.03, 9);
  });

  it('speedForFlow: zero system head, too fast, too slow, and off the curve', () => {
    const p = pumpFromPoints(spec);
    expect(() => speedForFlow(p, { staticHead: 0, k: 20_000 }, 0)).toThrowError(
      'at 0 m³/s the system needs 0.000 m of head: no pump work is required (the flow is driven by the static ' +
        'head alone); lower the flow target or add resistance',
    );
    // 0.02 m³/s into H_s = 30, k = 20 000 (38 m): at n = 1 the pump gives 24 m, short by 14 m.
    expect(() => speedForFlow(p, { staticHead: 30, k: 20_000 }, 0.02)).toThrowError(
      /limited to 1: at that speed its head is 24\.00 m, short of the system's 38\.00 m by 14\.00 m/,
    );
    // 0.04 m³/s is past the end of the curve (0.03 m³/s) at full speed.
    expect(() => speedForFlow(p, { staticHead: 30, k: 20_000 }, 0.04)).toThrowError(
      /0\.04 m³\/s is beyond the end of its curve \(0\.03000 m³\/s\) at that speed/,
    );
    // A tiny flow into a tiny static head needs n = √(0.4/40) = 0.1 < 0.2.
    expect(() => speedForFlow(p, { staticHead: 0.4, k: 0 }, 1e-12)).toThrowError(
      /below its minimum 0\.2: add resistance \(throttle\) or run the pump intermittently/,
    );
    // Curve ending at 7 m: 0.03 m³/s into a flat 3 m system would need the pump beyond its curve end.
    expect(() => speedForFlow(p, { staticHead: 3, k: 0 }, 0.03)).toThrowError(
      /at every speed that keeps 0\.03 m³\/s on its published curve \(speed ratio ≥ 1\.000\) it gives more head than the system's 3\.000 m/,
    );
  });

  it('speedForFlow with B > 0 (a pump whose head rises with flow at shut-off is refused, so h1 = 0)', () => {
    // h1 = 0 gives B = 0: n = √(−C/A) = √((H_s + (k − h2) Q²)/h0) for H = 40 − 30 000 Q², Q = 0.01,
    // H_s = 10, k = 20 000: √((10 + 5)/40) = 0.61237.
    const p = pumpFromCoefficients({ ...coeffs, head: { h0: 40, h1: 0, h2: -30_000 } });
    const r = speedForFlow(p, { staticHead: 10, k: 20_000 }, 0.01);
    expect(r.speedRatio).toBeCloseTo(Math.sqrt(15 / 40), 12);
    expect(r.head).toBeCloseTo(12, 12);
  });
});

it('PhysicsError is the class of every refusal above that is about the physics', () => {
  const p = pumpFromPoints(spec);
  expect(() => operatingPoint(p, { staticHead: 5, k: 0 }, 1)).toThrowError(PhysicsError);
  expect(() => speedForFlow(p, { staticHead: 3, k: 0 }, 0.03)).toThrowError(PhysicsError);
});
