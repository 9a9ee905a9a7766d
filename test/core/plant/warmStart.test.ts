/**
 * The warm starts of the plant's two inner solves, read through the residuals they evaluate (work.ts keeps
 * them on the plant's scratch space): the exchanger branch flow starts from [0.97·m, 1.03·m] around the
 * previous flow m, the dry-cooler signal from [u − 0.02, u + 0.02] around the previous signal u (clipped to the
 * mode's range), each falling back to the side of that bracket where the root lies. The expected evaluation
 * points are those rules written out from the previous solve's output; Brent never leaves the bracket it is
 * given, so every later evaluation lies inside it. That the warm result equals a cold one is checked in
 * operatingPointCases.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { type DryCooler, dryCoolerOutlet } from '../../../src/core/components/dryCooler';
import { type Plant, solvePlant } from '../../../src/core/plant/plant';
import { work } from '../../../src/core/plant/work';
import { pilot } from './fixtures';
import { at, C, longWay, spy } from './spy';

/**
 * Brent's first step from a bracket [a, b] with f(a), f(b) of opposite signs (Brent 1973, ch. 4, zeroin): the
 * secant root through the two ends, or the midpoint when the secant step would be longer than half the bracket.
 */
function isFirstStep(x: number | undefined, a: number, fa: number, b: number, fb: number): boolean {
  const secant = a - (fa * (b - a)) / (fb - fa);
  return [secant, 0.5 * (a + b)].some((y) => Math.abs((x ?? Number.NaN) - y) <= 1e-9 * Math.abs(b - a));
}

const within = (xs: number[], lo: number, hi: number) => xs.filter((x) => !(x >= lo && x <= hi));

describe('the scratch space', () => {
  it('is one object per plant, reused by every solve (no allocation per call)', () => {
    const p = pilot();
    const w = work(p);
    solvePlant(p, at(2e6));
    solvePlant(p, at(1.5e6));
    expect(work(p)).toBe(w);
    expect(work(pilot())).not.toBe(w);
  });
});

describe('the exchanger branch flow: warm bracket ±3 % around the previous flow, else the whole range (the long way)', () => {
  it('cold (fresh plant): the full primary flow first, then Brent inside (0, ṁ_B); never the known end 0', () => {
    const p = pilot();
    const s = spy(p);
    const r = s.solve(at(2e6));
    expect(r.fanMode).toBe('valve');
    expect(s.calls.branch[0]).toBe(p.greenhouseFlow);
    expect(s.calls.branch).not.toContain(0);
    expect(within(s.calls.branch, 0, p.greenhouseFlow)).toEqual([]);
    // the last evaluation leaves the exchanger at the solved flow
    expect(s.calls.branch.at(-1)).toBe(r.hxColdFlow);
  });

  it('the same point again: 0.97·m and 1.03·m first, then Brent only between them; the full flow never', () => {
    const p = pilot();
    const s = spy(p);
    const m = s.solve(at(2e6)).hxColdFlow;
    expect(m).toBeGreaterThan(0);
    longWay(s.plant);
    const r = s.solve(at(2e6));
    const b = s.calls.branch;
    expect(b.slice(0, 2)).toEqual([m * 0.97, m * 1.03]);
    expect(within(b.slice(2), m * 0.97, m * 1.03)).toEqual([]);
    // Q(1.03·m) > target already shows Q(ṁ_B) > target (the duty rises with the flow)
    expect(b).not.toContain(p.greenhouseFlow);
    expect(r.hxColdFlow).toBeGreaterThan(m * 0.97);
    expect(r.hxColdFlow).toBeLessThan(m * 1.03);
  });

  it('less demand, the flow falls more than 3 %: 0.97·m only, then Brent below it; the full flow never', () => {
    const p = pilot();
    const s = spy(p);
    const m = s.solve(at(2e6)).hxColdFlow;
    longWay(s.plant);
    const r = s.solve(at(1.9e6));
    expect(r.hxColdFlow).toBeLessThan(m * 0.97);
    const b = s.calls.branch;
    expect(b[0]).toBe(m * 0.97);
    expect(b).not.toContain(m * 1.03);
    expect(b).not.toContain(p.greenhouseFlow);
    expect(within(b.slice(1), 0, m * 0.97)).toEqual([]);
  });

  it('more demand, the flow rises more than 3 %: both warm ends, then Brent above 1.03·m', () => {
    const p = pilot();
    const s = spy(p);
    const m = s.solve(at(1.9e6)).hxColdFlow;
    longWay(s.plant);
    const r = s.solve(at(2e6));
    expect(r.hxColdFlow).toBeGreaterThan(m * 1.03);
    const b = s.calls.branch;
    // both warm ends below the target: the full flow decides whether it suffices, then Brent
    expect(b.slice(0, 3)).toEqual([m * 0.97, m * 1.03, p.greenhouseFlow]);
    expect(within(b.slice(3), m * 1.03, p.greenhouseFlow)).toEqual([]);
    // Brent starts from [1.03·m, ṁ_B]: its first point is that bracket's secant root or midpoint
    const f = s.calls.branchF;
    expect(isFirstStep(b[3], m * 1.03, f[1] ?? 0, p.greenhouseFlow, f[2] ?? 0)).toBe(true);
  });

  it('the previous flow above a now smaller primary flow: no warm bracket, every evaluation within [0, ṁ_B]', () => {
    const s = spy(pilot());
    const m = s.solve(at(2e6)).hxColdFlow;
    // 13.5 kg/s of primary flow at 1.9 MW: the return falls to ≈ 16 °C and the branch needs ≈ 7.3 kg/s
    longWay(s.plant);
    const r = s.solve({ ...at(1.9e6), primaryFlow: 13.5 });
    expect(m).toBeGreaterThan(13.5);
    expect(r.hxColdFlow).toBeLessThan(13.5);
    expect(r.hxDuty).toBeCloseTo(1.9e6, 3);
    expect(s.calls.branch[0]).toBe(13.5);
    expect(within(s.calls.branch, 0, 13.5)).toEqual([]);
  });
});

/** Counts the dry cooler's evaluations (each reads the catalogue model once) from now on. */
function countDryCooler(p: Plant): () => number {
  let n = 0;
  const dc = p.dryCooler;
  (p as { dryCooler: DryCooler }).dryCooler = new Proxy(dc, {
    get(t, k, r) {
      if (k === 'model') n++;
      return Reflect.get(t, k, r);
    },
  });
  return () => n;
}

describe('the dry-cooler signal: warm bracket ±0.02 around the previous signal, clipped to the mode’s range (the long way)', () => {
  it('the same point again inside a regime: the cooler only at the bracket’s ends and Brent’s points', () => {
    for (const [q, mode] of [
      [2e6, 'valve'],
      [5e5, 'fans'],
    ] as const) {
      const p = pilot();
      const n = countDryCooler(p);
      const s = spy(p);
      expect(s.solve(at(q)).fanMode).toBe(mode);
      const before = n();
      longWay(s.plant);
      const r = s.solve(at(q));
      expect(r.fanMode).toBe(mode);
      // the duties at the regime's ends (u = 1, 2) are not needed: need lies between the warm ends' duties,
      // hence between the ends' (the duty rises with u); the fan power is P_nom·s³ without an evaluation
      expect(n() - before, mode).toBe(s.calls.signal.length);
      expect(s.calls.signal.length, mode).toBeGreaterThanOrEqual(2);
    }
  });

  it('the regime changes (fans, then valve): the long way, with the ends’ duties evaluated', () => {
    const p = pilot();
    const n = countDryCooler(p);
    const s = spy(p);
    s.solve(at(1.5e6));
    const before = n();
    longWay(s.plant);
    expect(s.solve(at(2e6)).fanMode).toBe('valve');
    // u = 2 and u = 1 for the mode, then the signal's solve (no warm bracket across the regimes)
    expect(n() - before).toBe(2 + s.calls.signal.length);
  });

  it('the same valve point again: u − 0.02 and u + 0.02 first, then Brent only between them', () => {
    const s = spy(pilot());
    const u = s.solve(at(2e6)).dryCoolerFlowShare;
    expect(u).toBeGreaterThan(0.02);
    expect(u).toBeLessThan(0.98);
    longWay(s.plant);
    const r = s.solve(at(2e6));
    const g = s.calls.signal;
    expect(g.slice(0, 2)).toEqual([u - 0.02, u + 0.02]);
    expect(within(g.slice(2), u - 0.02, u + 0.02)).toEqual([]);
    expect(Math.abs(r.dryCoolerFlowShare - u)).toBeLessThan(0.02);
  });

  it('the share falls more than 0.02: u − 0.02 only, then Brent below it', () => {
    const s = spy(pilot());
    const u = s.solve(at(1.9e6)).dryCoolerFlowShare;
    longWay(s.plant);
    const r = s.solve(at(2e6));
    expect(r.fanMode).toBe('valve');
    expect(r.dryCoolerFlowShare).toBeLessThan(u - 0.02);
    const g = s.calls.signal;
    expect(g[0]).toBe(u - 0.02);
    expect(g).not.toContain(u + 0.02);
    expect(within(g.slice(1), 0, u - 0.02)).toEqual([]);
  });

  it('the share rises more than 0.02: both warm ends, then Brent above u + 0.02', () => {
    const s = spy(pilot());
    const u = s.solve(at(2e6)).dryCoolerFlowShare;
    longWay(s.plant);
    const r = s.solve(at(1.9e6));
    expect(r.dryCoolerFlowShare).toBeGreaterThan(u + 0.02);
    const g = s.calls.signal;
    expect(g.slice(0, 2)).toEqual([u - 0.02, u + 0.02]);
    expect(within(g.slice(2), u + 0.02, 1)).toEqual([]);
    // Brent starts from [u + 0.02, 1]; at 1 (all the flow, fans stopped) the residual is the cooler's duty,
    // evaluated here on its own, less the duty held
    const q1 = dryCoolerOutlet(s.plant.dryCooler, {
      inletT: r.hxHotOutT,
      massFlow: r.minerFlow,
      fluid: s.plant.minerFluid,
      ambientT: 5 + C,
      fanSpeed: 0,
    }).duty;
    const fb1 = s.calls.signalF[1] ?? 0;
    expect(isFirstStep(g[2], u + 0.02, fb1, 1, q1 - r.dryCoolerDuty)).toBe(true);
  });

  it('a valve solve after fans: the previous signal is outside the valve’s range, no warm bracket', () => {
    const s = spy(pilot());
    const u = 1 + s.solve(at(1.5e6)).fanSpeed;
    expect(u).toBeGreaterThan(1);
    longWay(s.plant);
    expect(s.solve(at(2e6)).fanMode).toBe('valve');
    expect(s.calls.signal).not.toContain(Math.max(0, u - 0.02));
    expect(within(s.calls.signal, 0, 1)).toEqual([]);
  });

  it('fans solved to the bottom of their range (u = 1 exactly): the next solve starts cold', () => {
    const s = spy(pilot());
    // 1.668 MW on the 5 °C day: just past the valve's reach, the fan speed resolves to 0 within 2e-3
    const first = s.solve(at(1.668e6));
    expect([first.fanMode, first.fanSpeed]).toEqual(['fans', 0]);
    longWay(s.plant);
    s.solve(at(1.668e6));
    expect(s.calls.signal).not.toContain(1.02);
    expect(within(s.calls.signal, 1, 2)).toEqual([]);
    // and a valve solve after it starts cold too: 1 is the valve range's end, not inside it
    longWay(s.plant);
    s.solve(at(1.668e6));
    longWay(s.plant);
    expect(s.solve(at(2e6)).fanMode).toBe('valve');
    expect(s.calls.signal).not.toContain(0.98);
  });

  it('fans just above zero speed: the bracket’s lower end is the range’s own 1, whose value is known', () => {
    const s = spy(pilot());
    const first = s.solve(at(1.5e6));
    expect(first.fanMode).toBe('fans');
    const u = 1 + first.fanSpeed;
    expect(u - 1).toBeGreaterThan(0);
    expect(u - 1).toBeLessThan(0.02);
    longWay(s.plant);
    s.solve(at(1.5e6));
    const g = s.calls.signal;
    expect(g[0]).toBeCloseTo(u + 0.02, 12);
    expect(g).not.toContain(1);
    expect(within(g, 1, g[0] ?? Number.NaN)).toEqual([]);
  });

  it('the valve almost fully open: the bracket’s upper end is the range’s own 1, whose value is known', () => {
    const s = spy(pilot());
    const first = s.solve(at(1.672e6));
    expect(first.fanMode).toBe('valve');
    const u = first.dryCoolerFlowShare;
    expect(u).toBeGreaterThan(0.98);
    expect(u).toBeLessThan(1);
    longWay(s.plant);
    s.solve(at(1.672e6));
    const g = s.calls.signal;
    expect(g[0]).toBe(u - 0.02);
    expect(g).not.toContain(1);
    expect(within(g, u - 0.02, 1)).toEqual([]);
  });
});
