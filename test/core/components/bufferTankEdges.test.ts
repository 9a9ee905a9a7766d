/**
 * The buffer tank's refusals: every parameter and step input outside its range names its field with the words
 * and unit, the edges are accepted, and a tank too flat to have a cross-section is refused with the least volume.
 */
import { describe, expect, it } from 'vitest';
import { createBufferTank, stepTank } from '../../../src/core/components/bufferTank';
import { refused } from '../refused';
import { constantFluid } from './constantFluid';

const params = () => ({
  volume: 50,
  height: 5,
  nodes: 10,
  fluid: constantFluid(4180),
  lossUA: 20,
  initialT: 330,
});

describe('buffer tank refusals', () => {
  it.each([
    ['volume', 0, 'tank.volume', 'a finite value > 0 m³'],
    ['volume', Infinity, 'tank.volume', 'a finite value > 0 m³'],
    ['height', -1, 'tank.height', 'a finite value > 0 m'],
    ['nodes', 0, 'tank.nodes', 'a whole number between 1 and 1000'],
    ['nodes', 1001, 'tank.nodes', 'a whole number between 1 and 1000'],
    ['nodes', 2.5, 'tank.nodes', 'a whole number between 1 and 1000'],
    ['lossUA', -1, 'tank.lossUA', 'a finite value ≥ 0 W/K'],
    ['lossUA', Infinity, 'tank.lossUA', 'a finite value ≥ 0 W/K'],
    ['verticalConductivity', -0.1, 'tank.verticalConductivity', 'a finite value ≥ 0 W/(m·K)'],
    ['verticalConductivity', Infinity, 'tank.verticalConductivity', 'a finite value ≥ 0 W/(m·K)'],
    ['initialT', 0, 'tank.initialT', 'a temperature > 0 K'],
    ['initialT', Infinity, 'tank.initialT', 'a temperature > 0 K'],
  ])('refuses %s = %f', (key, value, field, allowed) => {
    const e = refused(() => createBufferTank({ ...params(), [key]: value }));
    expect([e.field, e.value, e.allowed]).toEqual([field, value, allowed]);
  });

  it('a temperature profile: one per node, each > 0 K', () => {
    const a = refused(() => createBufferTank({ ...params(), nodes: 3, initialT: [330, 320] }));
    expect([a.field, a.value, a.allowed]).toEqual(['tank.initialT', 2, 'one temperature per node (3)']);
    const b = refused(() => createBufferTank({ ...params(), nodes: 3, initialT: [330, 0, 310] }));
    expect([b.field, b.allowed]).toEqual(['tank.initialT[1]', 'a temperature > 0 K']);
    expect(refused(() => createBufferTank({ ...params(), nodes: 2, initialT: [330, Infinity] })).field).toBe(
      'tank.initialT[1]',
    );
  });

  it('accepts the edges: 1 and 1000 nodes, no loss, no vertical conduction', () => {
    expect(createBufferTank({ ...params(), nodes: 1, lossUA: 0, verticalConductivity: 0 }).nodes).toBe(1);
    expect(createBufferTank({ ...params(), nodes: 1000 }).nodes).toBe(1000);
  });

  it('a tank too flat for a cross-section names the volume it must exceed for its height', () => {
    const e = refused(() => createBufferTank({ ...params(), volume: 1e-13, height: 1 }));
    expect(e.field).toBe('tank.volume');
    expect(e.allowed).toBe('more than 1e-12 m³ for a 1 m tall tank');
  });

  it.each([
    ['hotInFlow', -1, 'a finite mass flow ≥ 0 kg/s'],
    ['hotInFlow', Infinity, 'a finite mass flow ≥ 0 kg/s'],
    ['coldInFlow', -1, 'a finite mass flow ≥ 0 kg/s'],
    ['coldInFlow', Infinity, 'a finite mass flow ≥ 0 kg/s'],
    ['hotInT', 0, 'a finite temperature > 0 K'],
    ['hotInT', Infinity, 'a finite temperature > 0 K'],
    ['coldInT', 0, 'a finite temperature > 0 K'],
    ['coldInT', Infinity, 'a finite temperature > 0 K'],
    ['ambientT', 0, 'a finite temperature > 0 K'],
    ['ambientT', Infinity, 'a finite temperature > 0 K'],
  ])('a step refuses %s = %f', (field, value, allowed) => {
    const tank = createBufferTank(params());
    const ok = { hotInFlow: 1, hotInT: 340, coldInFlow: 1, coldInT: 310, ambientT: 290 };
    const e = refused(() => stepTank(tank, { ...ok, [field]: value }, 60));
    expect([e.field, e.value, e.allowed]).toEqual([field, value, allowed]);
  });

  it('a step refuses a time step that is not > 0 s', () => {
    const tank = createBufferTank(params());
    const ok = { hotInFlow: 0, hotInT: 340, coldInFlow: 0, coldInT: 310, ambientT: 290 };
    const e = refused(() => stepTank(tank, ok, 0));
    expect([e.field, e.allowed]).toEqual(['dt', 'a finite value > 0 s']);
  });
});
