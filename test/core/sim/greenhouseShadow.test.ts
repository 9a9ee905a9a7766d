import { describe, expect, it } from 'vitest';
import { DT, K, warmedDriver as driver } from './pilotDriver';

describe('greenhouse driver: the shadow greenhouse', () => {
  it('runs on from its own state through a shortfall: a deficit is not demanded again', () => {
    // A: two short steps (35 °C supply) with the shadow running from the first. B: the same steps, the
    // shadow started only at the second, from the real (colder) state: it asks more.
    const a = driver();
    a.valveStep(K(17), K(35), 1e9, DT);
    const a1 = a.idealDemand(K(17), DT);
    a.endStep();
    a.valveStep(K(17), K(35), 1e9, DT);
    const a2 = a.idealDemand(K(17), DT);
    const b = driver();
    b.valveStep(K(17), K(35), 1e9, DT);
    b.valveStep(K(17), K(35), 1e9, DT);
    const b2 = b.idealDemand(K(17), DT);
    expect(a1).toBeGreaterThan(0);
    expect(a2).toBeLessThan(0.9 * b2);
    // The real greenhouse got less than either shadow asked.
    expect(b.out.pipeWaterHeat).toBeLessThan(a2);
  });

  it('an hour-long step: the shadow’s horizon is the step, as the valve’s', () => {
    const g = driver();
    const q = g.valveStep(K(17), K(80), 1e9, 3600);
    const ideal = g.idealDemand(K(17), 3600);
    expect(Math.abs(ideal - q)).toBeLessThan(1e-9 * q);
  });

  it('stays apart while the real greenhouse is colder than it by more than 0.3 K', () => {
    const g = driver();
    g.valveStep(K(17), K(30), 1e9, DT);
    g.idealDemand(K(17), DT);
    g.endStep();
    expect(g.shadowRunning).toBe(true);
    g.endStep();
    expect(g.shadowRunning).toBe(true);
  });
});
