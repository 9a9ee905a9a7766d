import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBufferTank, stepTank, tankEnergy, tankMeanT } from '../../../src/core/components/bufferTank';
import { InputError } from '../../../src/core/errors';
import { fluid } from '../../../src/core/fluids';
import { constantFluid } from './constantFluid';

const C0 = 273.15;
const tf = constantFluid(4180, 1000, 0.6);

describe('fully mixed tank (n = 1): analytic step responses', () => {
  it('inflow at T_in: T(t) = T_in + (T0 − T_in)·exp(−ṁt/M) within 0.5 %', () => {
    // 10 m³ of water (M = 10 000 kg), 2 kg/s at 70 °C into a tank at 20 °C, no losses.
    const tank = createBufferTank({
      volume: 10,
      height: 3,
      nodes: 1,
      fluid: tf,
      lossUA: 0,
      initialT: 20 + C0,
    });
    const M = 10 * 1000;
    const mdot = 2;
    const tau = M / mdot; // 5000 s
    const dt = tau / 1000;
    let t = 0;
    let worst = 0;
    for (let k = 0; k < 4000; k++) {
      stepTank(
        tank,
        { hotInFlow: mdot, hotInT: 70 + C0, coldInFlow: 0, coldInT: 20 + C0, ambientT: 20 + C0 },
        dt,
      );
      t += dt;
      const exact = 70 + (20 - 70) * Math.exp(-t / tau);
      worst = Math.max(worst, Math.abs(tank.T[0]! - C0 - exact) / 50);
    }
    expect(worst).toBeLessThan(0.005);
  });

  it('cooling by losses only: T(t) = T_amb + (T0 − T_amb)·exp(−UA t/(M c)) within 0.5 %', () => {
    const tank = createBufferTank({
      volume: 2,
      height: 2,
      nodes: 1,
      fluid: tf,
      lossUA: 20,
      initialT: 80 + C0,
    });
    const tau = (2 * 1000 * 4180) / 20; // M c / UA = 418 000 s
    const dt = tau / 500;
    let t = 0;
    for (let k = 0; k < 1000; k++) {
      const r = stepTank(
        tank,
        { hotInFlow: 0, hotInT: C0, coldInFlow: 0, coldInT: C0, ambientT: 10 + C0 },
        dt,
      );
      t += dt;
      expect(r.heatLoss).toBeGreaterThan(0);
    }
    const exact = 10 + 70 * Math.exp(-t / tau);
    expect(Math.abs(tank.T[0]! - C0 - exact) / 70).toBeLessThan(0.005);
  });
});

describe('stratified tank', () => {
  it('energy is conserved to 1e-9 (relative to the throughput) over many steps with all terms active', () => {
    const tank = createBufferTank({
      volume: 30,
      height: 6,
      nodes: 20,
      fluid: fluid('water'),
      lossUA: 40,
      initialT: Array.from({ length: 20 }, (_, i) => 60 + C0 - i),
    });
    let budget = 0;
    let throughput = 0;
    const e0 = tankEnergy(tank);
    for (let k = 0; k < 2000; k++) {
      const dt = 300 + (k % 7) * 50;
      const inputs = {
        hotInFlow: 5 + 4 * Math.sin(k / 30),
        hotInT: 65 + 10 * Math.sin(k / 50) + C0,
        coldInFlow: 6 + 5 * Math.cos(k / 40),
        coldInT: 35 + 5 * Math.cos(k / 20) + C0,
        ambientT: 15 + C0,
      };
      const r = stepTank(tank, inputs, dt);
      budget += dt * (r.heatFromHotSide - r.heatToColdSide - r.heatLoss);
      throughput += dt * (Math.abs(r.heatFromHotSide) + Math.abs(r.heatToColdSide) + Math.abs(r.heatLoss));
    }
    const dE = tankEnergy(tank) - e0;
    expect(Math.abs(dE - budget) / throughput).toBeLessThan(1e-9);
  });

  it('hot water entering at the top stratifies: top warms first, profile never inverted', () => {
    const tank = createBufferTank({
      volume: 10,
      height: 4,
      nodes: 10,
      fluid: tf,
      lossUA: 0,
      initialT: 30 + C0,
    });
    for (let k = 0; k < 20; k++)
      stepTank(
        tank,
        { hotInFlow: 2, hotInT: 70 + C0, coldInFlow: 0, coldInT: 30 + C0, ambientT: 30 + C0 },
        60,
      );
    // 20 min at 2 kg/s = 2.4 t of 10 t: the top node (1 t) is nearly at 70 °C, the bottom still ≈ 30 °C.
    expect(tank.T[0]! - C0).toBeGreaterThan(60);
    expect(tank.T[9]! - C0).toBeLessThan(31);
    for (let i = 1; i < 10; i++) expect(tank.T[i]!).toBeLessThanOrEqual(tank.T[i - 1]! + 1e-9);
  });

  it('an inverted profile is mixed (buoyancy) with its energy kept', () => {
    const tank = createBufferTank({
      volume: 4,
      height: 2,
      nodes: 4,
      fluid: tf,
      lossUA: 0,
      initialT: [40 + C0, 60 + C0, 50 + C0, 20 + C0], // node 1 warmer than node 0 above it
      verticalConductivity: 0,
    });
    const e0 = tankEnergy(tank);
    const r = stepTank(tank, { hotInFlow: 0, hotInT: C0, coldInFlow: 0, coldInT: C0, ambientT: C0 }, 1);
    expect(r.mixed).toBe(true);
    // Pool-adjacent-violators: 40, 60, 50 → mean 50 for the top three; 20 stays.
    expect(Array.from(tank.T, (t) => t - C0).map((t) => +t.toFixed(9))).toEqual([50, 50, 50, 20]);
    expect(tankEnergy(tank)).toBeCloseTo(e0, 3);
  });

  it('balanced flows with no losses reach the steady state T_top = T_hot,in … a plug-flow limit', () => {
    // Equal flows (F = 0), no conduction, no losses: top node → hot inlet, bottom node → cold inlet.
    const tank = createBufferTank({
      volume: 2,
      height: 2,
      nodes: 5,
      fluid: tf,
      lossUA: 0,
      initialT: 40 + C0,
      verticalConductivity: 0,
    });
    for (let k = 0; k < 500; k++)
      stepTank(tank, { hotInFlow: 3, hotInT: 70 + C0, coldInFlow: 3, coldInT: 30 + C0, ambientT: C0 }, 60);
    expect(tank.T[0]! - C0).toBeCloseTo(70, 6);
    expect(tank.T[4]! - C0).toBeCloseTo(30, 6);
    expect(tankMeanT(tank)).toBeGreaterThan(30 + C0);
  });

  it('property: temperatures stay within the range of start, inlets and ambient; energy account closes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(
          fc.record({
            mh: fc.double({ min: 0, max: 20, noNaN: true }),
            th: fc.double({ min: 20, max: 80, noNaN: true }),
            mc: fc.double({ min: 0, max: 20, noNaN: true }),
            tc: fc.double({ min: 20, max: 80, noNaN: true }),
            dt: fc.double({ min: 1, max: 3600, noNaN: true }),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        (n, steps) => {
          const tank = createBufferTank({
            volume: 5,
            height: 2.5,
            nodes: n,
            fluid: tf,
            lossUA: 10,
            initialT: 50 + C0,
          });
          const ref = 50 + C0;
          const e0 = tankEnergy(tank, ref);
          let budget = 0;
          // Rounding floor: the energy of 1e-9 K over the whole tank (M c · 1e-9 K), plus 1e-9 of the throughput.
          let scale = 5 * 1000 * 4180;
          for (const s of steps) {
            const r = stepTank(
              tank,
              { hotInFlow: s.mh, hotInT: s.th + C0, coldInFlow: s.mc, coldInT: s.tc + C0, ambientT: 20 + C0 },
              s.dt,
            );
            budget += s.dt * (r.heatFromHotSide - r.heatToColdSide - r.heatLoss);
            scale += s.dt * (Math.abs(r.heatFromHotSide) + Math.abs(r.heatToColdSide) + Math.abs(r.heatLoss));
            for (const t of tank.T) {
              expect(t).toBeGreaterThanOrEqual(20 + C0 - 1e-9);
              expect(t).toBeLessThanOrEqual(80 + C0 + 1e-9);
            }
          }
          expect(Math.abs(tankEnergy(tank, ref) - e0 - budget) / scale).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects bad parameters and inputs', () => {
    expect(() =>
      createBufferTank({ volume: 0, height: 1, nodes: 2, fluid: tf, lossUA: 0, initialT: 300 }),
    ).toThrow(InputError);
    expect(() =>
      createBufferTank({ volume: 1, height: 1, nodes: 2, fluid: tf, lossUA: 0, initialT: [300] }),
    ).toThrow(/initialT/);
    const tank = createBufferTank({ volume: 1, height: 1, nodes: 2, fluid: tf, lossUA: 0, initialT: 300 });
    expect(() =>
      stepTank(tank, { hotInFlow: -1, hotInT: 300, coldInFlow: 0, coldInT: 300, ambientT: 300 }, 60),
    ).toThrow(/hotInFlow/);
    expect(() =>
      stepTank(tank, { hotInFlow: 0, hotInT: 300, coldInFlow: 0, coldInT: 300, ambientT: 300 }, 0),
    ).toThrow(/dt/);
  });
});
