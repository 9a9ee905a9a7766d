/**
 * The buffer tank's buoyancy mixing (pool-adjacent violators) by hand: a block below is merged into the block
 * above when its mean is warmer by more than 1e-10 K, merged blocks take their mass-weighted mean, an inversion at
 * the bottom is mixed like any other, and an uninverted profile is left alone and reported as not mixed.
 * The tanks here have no flow, no loss and no conduction, and a node capacity M·c/dt = 2²² W/K, so the implicit
 * step gives every node back its temperature exactly and only the mixing acts.
 */
import { describe, expect, it } from 'vitest';
import { createBufferTank, stepTank, tankEnergy, tankMeanT } from '../../../src/core/components/bufferTank';
import { constantFluid } from './constantFluid';

/** nodes × 1024 kg (ρ 1024 kg/m³, 1 m³ per node), cp 4096 J/(kg·K): M·c = 2²² J/K per node. */
function still(initialT: number[]) {
  return createBufferTank({
    volume: initialT.length,
    height: initialT.length,
    nodes: initialT.length,
    fluid: constantFluid(4096, 1024, 0),
    lossUA: 0,
    initialT,
    verticalConductivity: 0,
  });
}
const idle = { hotInFlow: 0, hotInT: 300, coldInFlow: 0, coldInT: 300, ambientT: 300 };

describe('buffer tank mixing', () => {
  it('an uninverted profile is left as it is and not reported as mixed', () => {
    const tank = still([330, 320, 310]);
    expect(stepTank(tank, idle, 1).mixed).toBe(false);
    expect(Array.from(tank.T)).toEqual([330, 320, 310]);
  });

  it('an inversion at the bottom is mixed: 300 over 310 K → 305 K each, energy kept', () => {
    const tank = still([300, 310]);
    const e0 = tankEnergy(tank);
    expect(stepTank(tank, idle, 1).mixed).toBe(true);
    expect(Array.from(tank.T)).toEqual([305, 305]);
    expect(tankEnergy(tank)).toBe(e0);
  });

  it('a lower node warmer by exactly the 1e-10 K tolerance is not mixed, by twice it is', () => {
    // Temperatures near 0 K, so that 2e-10 − 1e-10 is exactly the tolerance 1e-10 in floating point.
    const edge = still([1e-10, 2e-10]);
    expect(stepTank(edge, idle, 1).mixed).toBe(false);
    expect(Array.from(edge.T)).toEqual([1e-10, 2e-10]);
    const over = still([1e-10, 3e-10]);
    expect(stepTank(over, idle, 1).mixed).toBe(true);
    expect(over.T[0]).toBeCloseTo(2e-10, 20);
    expect(over.T[1]).toBeCloseTo(2e-10, 20);
  });

  it('an inversion smaller than the tolerance is kept, even with a colder node below it', () => {
    const tank = still([300, 300 + 5e-11, 290]);
    expect(stepTank(tank, idle, 1).mixed).toBe(false);
    expect(tank.T[1]! - tank.T[0]!).toBeCloseTo(5e-11, 13);
    expect(tank.T[2]).toBe(290);
  });

  it('the tolerance applies to block means: a 2-node block 5e-11 K warmer than the node above stays apart', () => {
    // 299 + 5e-11 under 300 is colder; 301 + 5e-11 under it is warmer by 2 K → merged to 300 + 5e-11, which is
    // warmer than the top by 5e-11 K < 1e-10 K: not merged further.
    const tank = still([300, 299 + 5e-11, 301 + 5e-11]);
    stepTank(tank, idle, 1);
    expect(tank.T[0]).toBe(300);
    expect(tank.T[1]! - 300).toBeCloseTo(5e-11, 13);
    expect(tank.T[2]! - 300).toBeCloseTo(5e-11, 13);
  });

  it('a node 5e-11 K warmer than a 2-node block above stays apart', () => {
    // 299 under 301: merged to 300 (2 nodes); 300 + 5e-11 below is warmer than that mean by 5e-11 K only.
    const tank = still([299, 301, 300 + 5e-11]);
    stepTank(tank, idle, 1);
    expect(tank.T[0]).toBe(300);
    expect(tank.T[1]).toBe(300);
    expect(tank.T[2]! - 300).toBeCloseTo(5e-11, 13);
  });

  it('a node warmer than a merged block above joins it: 299, 301, 305 → 301.67 K each', () => {
    const tank = still([299, 301, 305]);
    stepTank(tank, idle, 1);
    for (const t of tank.T) expect(t).toBeCloseTo((299 + 301 + 305) / 3, 10);
  });

  it('a merged block colder than the node above stays apart: 305 over 299, 301 → 305, 300, 300 K', () => {
    const tank = still([305, 299, 301]);
    stepTank(tank, idle, 1);
    expect(Array.from(tank.T)).toEqual([305, 300, 300]);
  });
});

describe('buffer tank energy and mean temperature', () => {
  it('energy above a reference: Σ M·c·(T − T_ref) = 2 · 2²² J/K · 10 K', () => {
    const tank = still([310, 310]);
    expect(tankEnergy(tank, 300)).toBe(2 * 2 ** 22 * 10);
    expect(tankEnergy(tank)).toBe(2 * 2 ** 22 * 310);
  });

  it('mean temperature of equal nodes: (350 + 330 + 320)/3', () => {
    expect(tankMeanT(still([350, 330, 320]))).toBeCloseTo(1000 / 3, 12);
  });
});
