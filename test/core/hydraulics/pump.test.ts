import fc from 'fast-check';
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

/**
 * Reference pump for the hand calculations: H₁(Q) = 40 − 200 Q − 30 000 Q² (m, Q in m³/s), built from
 * three points: shut-off 40 m; BEP 0.02 m³/s at 40 − 4 − 12 = 24 m, η = 0.75; end 0.03 m³/s at
 * 40 − 6 − 27 = 7 m. Motor 0.92, drive 0.97.
 */
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
const pump = pumpFromPoints(spec);
const system = { staticHead: 10, k: 20_000 };

describe('pump curves', () => {
  it('the quadratic passes through the three given points (Lagrange, hand-solved)', () => {
    // From (Hb − H0)/Qb = h1 + h2 Qb = −800 and (Hm − H0)/Qm = h1 + h2 Qm = −1100:
    //   h2 = (−1100 + 800)/(0.03 − 0.02) = −30 000;  h1 = −800 + 30 000·0.02 = −200.
    expect(pump.h0).toBe(40);
    expect(pump.h1).toBeCloseTo(-200, 9);
    expect(pump.h2).toBeCloseTo(-30_000, 6);
    expect(pumpHead(pump, 0, 1)).toBe(40);
    expect(pumpHead(pump, 0.02, 1)).toBeCloseTo(24, 10);
    expect(pumpHead(pump, 0.03, 1)).toBeCloseTo(7, 10);
  });

  it('efficiency parabola: 0 at no flow, η_BEP at the BEP, 0.75 η_BEP at 1.5 Q_BEP', () => {
    // η = η_b (2r − r²): r = 1.5 → 3 − 2.25 = 0.75.
    expect(pumpEfficiency(pump, 0, 1)).toBe(0);
    expect(pumpEfficiency(pump, 0.02, 1)).toBeCloseTo(0.75, 12);
    expect(pumpEfficiency(pump, 0.03, 1)).toBeCloseTo(0.75 * 0.75, 12);
  });

  it('power chain at the BEP (hand calculation)', () => {
    // P_hyd = ρ g Q H = 1000·9.80665·0.02·24 = 4707.192 W; P_shaft = 4707.192/0.75 = 6276.256 W;
    // P_el = 6276.256/(0.92·0.97) = 6276.256/0.8924 = 7033.008 W.
    const p = pumpPower(pump, 0.02, 1, 1000);
    expect(p.head).toBeCloseTo(24, 10);
    expect(p.hydraulicPower).toBeCloseTo(4707.192, 3);
    expect(p.shaftPower).toBeCloseTo(6276.256, 3);
    expect(p.electricPower).toBeCloseTo(7033.008, 2);
    expect(() => pumpPower(pump, 0, 1, 1000)).toThrow(/dead-headed/);
  });

  it('affinity laws: Q ∝ n, H ∝ n², P ∝ n³ and equal efficiency at homologous points', () => {
    // Explicit: (0.02 m³/s, 24 m, 6000 W) at n = 0.8 → (0.016, 24·0.64 = 15.36, 6000·0.512 = 3072).
    const s = affinityScale({ flow: 0.02, head: 24, power: 6000 }, 0.8);
    expect(s.flow).toBeCloseTo(0.016, 15);
    expect(s.head).toBeCloseTo(15.36, 12);
    expect(s.power).toBeCloseTo(3072, 9);
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 1, noNaN: true }),
        fc.double({ min: 0.001, max: 0.03, noNaN: true }),
        (n, q1) => {
          const h1 = pumpHead(pump, q1, 1);
          const hn = pumpHead(pump, n * q1, n);
          const p1 = pumpPower(pump, q1, 1, 1000).shaftPower;
          const pn = pumpPower(pump, n * q1, n, 1000).shaftPower;
          const close = (a: number, b: number) =>
            Math.abs(a - b) <= 1e-9 * (Math.abs(a) + Math.abs(b)) + 1e-12;
          return (
            close(hn, n * n * h1) &&
            close(pumpEfficiency(pump, n * q1, n), pumpEfficiency(pump, q1, 1)) &&
            close(pn, n * n * n * p1)
          );
        },
      ),
    );
  });

  it('converts between pressure and head: 1 bar of water at 1000 kg/m³ = 10.1972 m', () => {
    // 1e5/(1000·9.80665) = 10.19716 m
    expect(headFromPressure(1e5, 1000)).toBeCloseTo(10.19716, 5);
    expect(pressureFromHead(headFromPressure(12_345, 980), 980)).toBeCloseTo(12_345, 9);
  });
});

describe('operatingPoint', () => {
  it('full speed, H_s = 10 m, k = 20 000 m/(m³/s)² (hand-solved quadratic)', () => {
    // 40 − 200Q − 30 000Q² = 10 + 20 000Q² → 50 000Q² + 200Q − 30 = 0
    // Q = (−200 + √(200² + 4·50 000·30))/(2·50 000) = (−200 + √6 040 000)/100 000 = (−200 + 2457.6411)/1e5
    //   = 0.022576411 m³/s;  H = 10 + 20 000·Q² = 20.193887 m
    // η = 0.75(2r − r²), r = Q/0.02 = 1.1288206 → 0.75·(2.2576411 − 1.2742361) = 0.7375538
    const op = operatingPoint(pump, system, 1);
    expect(op.flow).toBeCloseTo(0.022576411, 9);
    expect(op.head).toBeCloseTo(20.193887, 6);
    expect(op.efficiency).toBeCloseTo(0.7375538, 6);
    expect(op.head).toBeCloseTo(pumpHead(pump, op.flow, 1), 9);
  });

  it('reduced speed n = 0.8 (affinity-scaled curve)', () => {
    // 40·0.64 − 200·0.8·Q − 30 000Q² = 10 + 20 000Q² → 50 000Q² + 160Q − 15.6 = 0
    // Q = (−160 + √(160² + 4·50 000·15.6))/1e5 = (−160 + √3 145 600)/1e5 = (−160 + 1773.5839)/1e5 = 0.016135839
    const op = operatingPoint(pump, system, 0.8);
    expect(op.flow).toBeCloseTo(0.016135839, 9);
    expect(op.head).toBeCloseTo(10 + 20_000 * 0.016135839 ** 2, 6);
  });

  it('textbook: Çengel & Cimbala water pump between two reservoirs → 7.43 L/min at 4.96 m', () => {
    // Çengel & Cimbala, Fluid Mechanics: Fundamentals and Applications, ch. 14 (pumps) problem:
    // H_available = H0 − aV̇², H0 = 7.46 m, a = 0.0453 m/(L/min)²; H_required = (z2 − z1) + bV̇²,
    // z2 − z1 = 3.52 m, b = 0.0261 m/(L/min)². Hand solution: V̇² = (7.46 − 3.52)/(0.0453 + 0.0261) = 55.182,
    // V̇ = 7.4285 L/min, H = 3.52 + 0.0261·55.182 = 4.960 m.
    const lpm = 1 / 60_000; // m³/s per L/min
    const cengel = pumpFromCoefficients({
      head: { h0: 7.46, h1: 0, h2: -0.0453 / (lpm * lpm) },
      bepFlow: 7 * lpm, // efficiency not part of the problem; any BEP with maxFlow < 2·BEP
      bepEfficiency: 0.5,
      maxFlow: 12.8 * lpm, // curve reaches zero head at √(7.46/0.0453) = 12.83 L/min
      motorEfficiency: 1,
      driveEfficiency: 1,
    });
    const op = operatingPoint(cengel, { staticHead: 3.52, k: 0.0261 / (lpm * lpm) }, 1);
    expect(op.flow / lpm).toBeCloseTo(7.43, 2);
    expect(op.head).toBeCloseTo(4.96, 2);
  });

  it('no intersection: says how far the head falls short and which speed would do', () => {
    expect(() => operatingPoint(pump, { staticHead: 45, k: 100 }, 1)).toThrow(PhysicsError);
    expect(() => operatingPoint(pump, { staticHead: 45, k: 100 }, 1)).toThrow(/falls short by 5(\.000)? m/);
    expect(() => operatingPoint(pump, { staticHead: 45, k: 100 }, 1)).toThrow(
      /even at the highest speed ratio 1/,
    );
    const fast = pumpFromPoints({ ...spec, maxSpeedRatio: 1.2 });
    // √(45/40) = 1.06066
    expect(() => operatingPoint(fast, { staticHead: 45, k: 100 }, 1)).toThrow(/at least 1\.061/);
  });

  it('run-out beyond the published curve is a PhysicsError', () => {
    // k = 1000: at the curve end 0.03 m³/s the system needs 0.9 m, the pump gives 7 m → 6.1 m surplus.
    expect(() => operatingPoint(pump, { staticHead: 0, k: 1000 }, 1)).toThrow(
      /6\.1(00)? m more head.*run out/,
    );
  });

  it('flow rises with speed and falls with system resistance', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.6, max: 0.99, noNaN: true }),
        fc.double({ min: 5000, max: 1e5, noNaN: true }),
        (n, k) => {
          const a = operatingPoint(pump, { staticHead: 10, k }, n);
          const faster = operatingPoint(pump, { staticHead: 10, k }, Math.min(1, n + 0.01));
          const stiffer = operatingPoint(pump, { staticHead: 10, k: k * 1.1 }, n);
          return faster.flow > a.flow && stiffer.flow < a.flow;
        },
      ),
    );
  });
});

describe('speedForFlow', () => {
  it('hand-solved: 0.015 m³/s into H_s = 10 m, k = 20 000 needs n = 0.767333', () => {
    // 40n² − 200·0.015·n − 30 000·0.015² = 10 + 20 000·0.015²
    //   → 40n² − 3n − 6.75 = 14.5 → 40n² − 3n − 21.25 = 0 → n = (3 + √(9 + 3400))/80 = 0.7673330
    const op = speedForFlow(pump, system, 0.015);
    expect(op.speedRatio).toBeCloseTo(0.767333, 6);
    expect(op.head).toBeCloseTo(14.5, 12);
  });

  it('inverts operatingPoint', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.55, max: 1, noNaN: true }), (n) => {
        const op = operatingPoint(pump, system, n);
        return Math.abs(speedForFlow(pump, system, op.flow).speedRatio - n) < 1e-9;
      }),
    );
  });

  it('too much flow: names the required speed and the head shortfall at full speed', () => {
    // 0.03 m³/s: 40n² − 6n − 27 = 28 → n = (6 + √(36 + 8800))/80 = 1.25 > 1; at n = 1 the pump gives
    // 7 m against 28 m → short by 21 m.
    expect(() => speedForFlow(pump, system, 0.03)).toThrow(
      /speed ratio 1\.25.*short of the system's 28(\.00)? m by 21(\.00)? m/,
    );
  });

  it('too little flow or a curve that would run out: PhysicsError with the fix', () => {
    // 0.001 m³/s, k = 20 000, H_s = 0: n = (0.2 + √(0.04 + 8))/80 = 0.0379 < 0.2
    expect(() => speedForFlow(pump, { staticHead: 0, k: 20_000 }, 0.001)).toThrow(/below its minimum/);
    // H_s = 0, k = 1000, 0.02 m³/s: n = (4 + √2000)/80 = 0.609 < 0.02/0.03 = 0.667 (off the curve)
    expect(() => speedForFlow(pump, { staticHead: 0, k: 1000 }, 0.02)).toThrow(/run out beyond its curve/);
    expect(() => speedForFlow(pump, { staticHead: -5, k: 1000 }, 0.01)).toThrow(/no pump work/);
  });
});

describe('system curve and validation', () => {
  it('systemCurveThrough: (H_s = 10 m, 0.02 m³/s at 18 m) → k = 8/0.0004 = 20 000', () => {
    expect(systemCurveThrough(10, 0.02, 18).k).toBeCloseTo(20_000, 9);
    expect(() => systemCurveThrough(10, 0.02, 5)).toThrow(/head/);
  });

  it('rejects inconsistent pump data with InputError', () => {
    expect(() => pumpFromPoints({ ...spec, bepHead: 41 })).toThrow(/bepHead/);
    expect(() => pumpFromPoints({ ...spec, maxFlow: 0.05 })).toThrow(/maxFlow.*2 × bepFlow/);
    // (0,40), (0.02,32), (0.03,0): h1 = +1467 — the curve rises from shut-off.
    expect(() => pumpFromPoints({ ...spec, bepHead: 32, maxFlowHead: 0 })).toThrow(/falls with flow/);
    expect(() => pumpFromPoints({ ...spec, bepEfficiency: 1.2 })).toThrow(/bepEfficiency/);
    expect(() => pumpFromPoints({ ...spec, motorEfficiency: 0 })).toThrow(/motorEfficiency/);
    expect(() => pumpHead(pump, 0.01, 1.5)).toThrow(InputError);
    expect(() => pumpHead(pump, 0.01, 1.5)).toThrow(/speedRatio/);
    expect(() => pumpHead(pump, 0.031, 1)).toThrow(/flow/);
    expect(() => operatingPoint(pump, { staticHead: 10, k: -1 }, 1)).toThrow(/system\.k/);
  });
});
