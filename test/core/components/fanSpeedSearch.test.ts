/**
 * The dry cooler's fan-speed search: its refusals, no fluid flow (accepted: the outlet is the inlet), targets
 * exactly at the free-convection or the full-speed outlet, the first false-position step taken when it is within
 * the tolerance, and the whole Illinois iteration (Dowell & Jarratt 1971) replayed step by step on the outlet
 * function `dryCoolerOutlet` gives.
 */
import { describe, expect, it } from 'vitest';
import { dryCooler, dryCoolerOutlet, fanSpeedForOutlet } from '../../../src/core/components/dryCooler';
import { dryCoolerModel } from '../../../src/core/models/catalog';
import { refused } from '../refused';
import { constantFluid } from './constantFluid';

const setup = () => {
  const dc = dryCooler(dryCoolerModel('dry-cooler-v-1000kw'));
  const base = { inletT: 323.15, massFlow: 25, fluid: constantFluid(4000), ambientT: 293.15 };
  const outlet = (s: number) => dryCoolerOutlet(dc, { ...base, fanSpeed: s }).outletT;
  return { dc, base, outlet };
};

/**
 * Illinois false position for g(s) = T_out(s) − target on [0, 1] (g(0) > 0 > g(1)): the new point
 * s = (a·g_b − b·g_a)/(g_b − g_a); the end kept twice in a row has its g halved. Stops when |g| ≤ tol or the
 * bracket is narrower than 1e-9, after at most 60 points.
 */
function illinois(g: (s: number) => number, tol: number): { s: number; points: number } {
  let a = 0;
  let b = 1;
  let ga = g(0);
  let gb = g(1);
  let kept: 'a' | 'b' | '' = '';
  let s = 1;
  let points = 0;
  for (let it = 0; it < 60; it++) {
    s = (a * gb - b * ga) / (gb - ga);
    const gs = g(s);
    points++;
    if (Math.abs(gs) <= tol || b - a < 1e-9) break;
    if (gs > 0) {
      a = s;
      ga = gs;
      if (kept === 'b') gb *= 0.5;
      kept = 'b';
    } else {
      b = s;
      gb = gs;
      if (kept === 'a') ga *= 0.5;
      kept = 'a';
    }
  }
  return { s, points };
}

describe('fan speed search refusals', () => {
  it.each([
    ['inletT', Infinity, 'a finite temperature > 0 K'],
    ['ambientT', 0, 'a finite temperature > 0 K'],
    ['ambientT', -5, 'a finite temperature > 0 K'],
    ['massFlow', Infinity, 'a finite mass flow ≥ 0 kg/s'],
    ['massFlow', -1, 'a finite mass flow ≥ 0 kg/s'],
  ])('refuses %s = %f', (field, value, allowed) => {
    const { dc, base } = setup();
    const e = refused(() => fanSpeedForOutlet(dc, { ...base, targetOutletT: 310, [field]: value }));
    expect([e.field, e.value, e.allowed]).toEqual([field, value, allowed]);
  });
});

describe('fan speed search edges', () => {
  it('no fluid flow: the outlet is the inlet whatever the fans do — a colder target is out of reach', () => {
    const { dc, base } = setup();
    const r = fanSpeedForOutlet(dc, { ...base, massFlow: 0, targetOutletT: 310 });
    expect([r.fanSpeed, r.limit, r.outletT]).toEqual([1, 'max', 323.15]);
  });

  it('no fluid flow and a target equal to the inlet: met with the fans stopped', () => {
    const { dc, base } = setup();
    const r = fanSpeedForOutlet(dc, { ...base, massFlow: 0, targetOutletT: 323.15 });
    expect([r.fanSpeed, r.limit]).toEqual([0, 'free-convection']);
  });

  it('a target exactly at the full-speed outlet is met at full speed ("ok", not "max")', () => {
    const { dc, base, outlet } = setup();
    const r = fanSpeedForOutlet(dc, { ...base, targetOutletT: outlet(1) });
    expect([r.fanSpeed, r.limit]).toEqual([1, 'ok']);
  });

  it('the first false-position point is kept when its outlet is within the tolerance, even at the edge', () => {
    const { dc, base, outlet } = setup();
    const target = 0.5 * (outlet(0) + outlet(1)) - 1;
    const ga = outlet(0) - target;
    const gb = outlet(1) - target;
    const s1 = -ga / (gb - ga); // (0·g_b − 1·g_a)/(g_b − g_a)
    const tol = Math.abs(outlet(s1) - target); // exactly at the tolerance: met
    expect(tol).toBeGreaterThan(0.01);
    const r = fanSpeedForOutlet(dc, { ...base, targetOutletT: target, tolerance: tol });
    expect([r.fanSpeed, r.limit]).toEqual([s1, 'ok']);
  });
});

describe('fan speed search: the Illinois iteration replayed', () => {
  const targets = [0.05, 0.2, 0.4, 0.6, 0.8, 0.95];
  // With a tolerance no outlet can meet, most searches still end on an outlet exactly at the target; some (0.55
  // of the way here) end because the bracket is narrower than 1e-9.
  const every = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
  it.each([
    [0.01, targets],
    [1e-6, targets],
    [1e-300, every],
  ])(
    'tolerance %f K: the same speed as the replay, for targets across the reachable range',
    (tol, shares) => {
      const { dc, base, outlet } = setup();
      const t0 = outlet(0);
      const t1 = outlet(1);
      let points = 0;
      for (const share of shares) {
        const target = t0 - share * (t0 - t1);
        const ref = illinois((s) => outlet(s) - target, tol);
        points += ref.points;
        const r = fanSpeedForOutlet(dc, { ...base, targetOutletT: target, tolerance: tol });
        expect([r.fanSpeed, r.limit]).toEqual([ref.s, 'ok']);
        expect(Math.abs(r.outletT - target)).toBeLessThanOrEqual(Math.max(tol, 1e-6));
      }
      // Illinois converges superlinearly: far fewer than 60 points per search even when the tolerance cannot be met.
      expect(points / shares.length).toBeLessThan(30);
    },
  );
});
