/**
 * The buffer tank's cylinder by hand: the loss UA shared out by outer surface (side split evenly, top and bottom
 * added to the end nodes), the vertical conduction between nodes G = k·A/Δz, and the result record a fresh tank
 * reports before its first step.
 */
import { describe, expect, it } from 'vitest';
import { createBufferTank, stepTank } from '../../../src/core/components/bufferTank';
import { refused } from '../refused';
import { constantFluid } from './constantFluid';

describe('buffer tank geometry', () => {
  it('V = 4π m³, h = 1 m, 3 nodes: the loss UA goes 16 / 4 / 16 W/K (side + lids)', () => {
    // Hand: A = V/h = 4π m², D = √(4A/π) = 4 m, side π·D·h = 4π m² (4π/3 per node), lids A = 4π each,
    // total 12π m². Node 0 and 2: 4π/3 + 4π = 16π/3 → 36·(16/3)/12 = 16 W/K; node 1: 36·(4/3)/12 = 4 W/K.
    const tank = createBufferTank({
      volume: 4 * Math.PI,
      height: 1,
      nodes: 3,
      fluid: constantFluid(4180, 1000, 0.6),
      lossUA: 36,
      initialT: 330,
    });
    expect(tank.nodeUA[0]).toBeCloseTo(16, 12);
    expect(tank.nodeUA[1]).toBeCloseTo(4, 12);
    expect(tank.nodeUA[2]).toBeCloseTo(16, 12);
  });

  it('V = π m³, h = 1 m, 4 nodes: 15 / 5 / 5 / 15 W/K of 40', () => {
    // Hand: A = π m², D = 2 m, side 2π m² (π/2 per node), total 2π + 2π = 4π m².
    // Ends: (π/2 + π)/4π·40 = 15 W/K; middle: (π/2)/4π·40 = 5 W/K.
    const tank = createBufferTank({
      volume: Math.PI,
      height: 1,
      nodes: 4,
      fluid: constantFluid(),
      lossUA: 40,
      initialT: 330,
    });
    expect(Array.from(tank.nodeUA, (x) => +x.toFixed(12))).toEqual([15, 5, 5, 15]);
  });

  it('one node carries the whole loss UA (side and both lids)', () => {
    const tank = createBufferTank({
      volume: 3,
      height: 2,
      nodes: 1,
      fluid: constantFluid(),
      lossUA: 25,
      initialT: 330,
    });
    expect(tank.nodeUA[0]).toBeCloseTo(25, 12);
  });

  it('vertical conduction G = k·A/Δz: 0.6 W/(m·K) · 2 m² / 2 m = 0.6 W/K; none with a single node', () => {
    const two = createBufferTank({
      volume: 8,
      height: 4,
      nodes: 2,
      fluid: constantFluid(4180, 1000, 0.6),
      lossUA: 0,
      initialT: 330,
    });
    // Hand: A = 8/4 = 2 m², Δz = 4/2 = 2 m.
    expect(two.conductance).toBeCloseTo(0.6, 12);
    const one = createBufferTank({
      volume: 8,
      height: 4,
      nodes: 1,
      fluid: constantFluid(4180, 1000, 0.6),
      lossUA: 0,
      initialT: 330,
    });
    expect(one.conductance).toBe(0);
  });

  it('conduction alone: the top–bottom difference shrinks by 1 + 2·G·dt/(M·c) per backward-Euler step', () => {
    // Two nodes of M = 1000·8/2 = 4000 kg, c = 4180, G = 0.6 W/K; no flow, no loss; top 60 °C, bottom 20 °C.
    // Backward Euler: M c (T0' − T0)/dt = G (T1' − T0') and the mirror image ⇒ the mean stays 40 °C and
    // D' = D / (1 + 2 G dt/(M c)) = 40 / (1 + 2·0.6·3600/(4000·4180)).
    const tank = createBufferTank({
      volume: 8,
      height: 4,
      nodes: 2,
      fluid: constantFluid(4180, 1000, 0.6),
      lossUA: 0,
      initialT: [333.15, 293.15],
    });
    stepTank(tank, { hotInFlow: 0, hotInT: 300, coldInFlow: 0, coldInT: 300, ambientT: 300 }, 3600);
    const d = 40 / (1 + (2 * 0.6 * 3600) / (4000 * 4180));
    expect(tank.T[0]).toBeCloseTo(313.15 + d / 2, 9);
    expect(tank.T[1]).toBeCloseTo(313.15 - d / 2, 9);
  });

  it('a fresh tank reports its top and bottom as the outflow temperatures, no heat, nothing mixed', () => {
    const tank = createBufferTank({
      volume: 3,
      height: 3,
      nodes: 3,
      fluid: constantFluid(),
      lossUA: 5,
      initialT: [350, 340, 330],
    });
    expect(tank.result).toEqual({
      coldSupplyT: 350,
      hotReturnT: 330,
      heatFromHotSide: 0,
      heatToColdSide: 0,
      heatLoss: 0,
      mixed: false,
    });
  });

  it('a cross-section of exactly 1e-12 m² is still refused (the least is more than that)', () => {
    // 1e-12 m³ over 1 m: A = 1e-12 m², the edge of the refusal "area > 1e-12".
    const e = refused(() =>
      createBufferTank({
        volume: 1e-12,
        height: 1,
        nodes: 1,
        fluid: constantFluid(),
        lossUA: 0,
        initialT: 330,
      }),
    );
    expect([e.field, e.value, e.allowed]).toEqual([
      'tank.volume',
      1e-12,
      'more than 1e-12 m³ for a 1 m tall tank',
    ]);
  });
});
