import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, setField } from '../../../src/core';
import pilot from '../../../models/sites/manitoba-pilot.json';
import {
  buildLayout,
  CONTAINER,
  greenhousePlan,
  layoutFor,
  MAX_DRAWN_MINERS,
  mainRadius,
  permutation,
  rackArrangement,
  split,
} from '../../../src/scene/model/layout';

const withFields = (fields: Record<string, unknown>) => {
  let input: unknown = pilot;
  for (const [k, v] of Object.entries(fields)) input = setField(input, k, v);
  return loadScenario(input);
};

function minersInsideTheirContainers(L: ReturnType<typeof buildLayout>): boolean {
  const m = L.miners;
  for (let i = 0; i < m.drawn; i++) {
    const c = L.containers[m.container[i]!]!;
    const [x, y, z] = [m.positions[i * 3]!, m.positions[i * 3 + 1]!, m.positions[i * 3 + 2]!];
    if (x - m.size[0] / 2 < c.x0 || x + m.size[0] / 2 > c.x1) return false;
    if (Math.abs(z - c.z) + m.size[2] / 2 > c.width / 2) return false;
    if (y - m.size[1] / 2 < 0.15 || y + m.size[1] / 2 > c.height) return false;
  }
  return true;
}

describe('layout of the Manitoba pilot', () => {
  const L = buildLayout(loadScenario(pilot));
  it('has the scenario’s modules and one box per miner, each inside its container', () => {
    expect(L.containers).toHaveLength(4);
    expect(L.miners.drawn).toBe(360);
    expect(L.miners.perBox).toBe(1);
    expect(L.containers.reduce((a, c) => a + c.miners, 0)).toBe(360);
    expect(L.containers.every((c) => c.length === CONTAINER.length)).toBe(true); // 90 per module fit 40 ft
    expect(minersInsideTheirContainers(L)).toBe(true);
  });
  it('racks: 90 miners of 86 mm → 12 racks a side, 4 slots each (hand calculation)', () => {
    // Slot pitch ≥ 0.086 + 0.045 = 0.131 m → at most ⌊2.1 / 0.131⌋ = 16 slots; racks that fit a 40-ft box:
    // ⌊(12.192 − 3) / 0.62⌋ = 14; wanted ⌈90 / 2 / 4⌉ = 12 a side, then ⌈90 / 24⌉ = 4 slots.
    expect(rackArrangement(90, 0.086)).toEqual({
      racksPerSide: 12,
      slotsPerRack: 4,
      length: CONTAINER.length,
    });
    expect(L.containers[0]!.rackX).toHaveLength(12);
  });
  it('plate pack: ⌈100 m² / 1.5 m²⌉ + 2 = 69 plates (the catalog’s rule)', () => {
    expect(L.hx.plates).toBe(69);
  });
  it('dry cooler: 36 fans (catalog) in three 12-fan units', () => {
    expect(L.dryCooler.fanCount).toBe(36);
    expect(L.dryCooler.units).toHaveLength(3);
  });
  it('greenhouse: 16 spans of 8 m, 128 m × 156.25 m = 2 ha', () => {
    // √(20 000 / 1.25) / 8 = 15.8 → 16 spans → 128 m wide; 20 000 / 128 = 156.25 m long.
    expect(L.greenhouse.spans).toBe(16);
    expect(L.greenhouse.width).toBe(128);
    expect(L.greenhouse.length).toBeCloseTo(156.25, 12);
    // Rows at ≈1.6 m: ⌊(128 − 1) / 1.6⌋ = 79, with a heating-rail loop in each of the 78 paths between them.
    expect(L.greenhouse.rows).toHaveLength(79);
    expect(L.pipes.filter((p) => p.component === 'rails' && p.tempEnd === 'pipeOutletT')).toHaveLength(78);
  });
  it('no buffer tank when its volume is 0; one boiler per 2 MW (6 MW → 3)', () => {
    expect(L.tank).toBeNull();
    expect(L.boilers).toHaveLength(3);
  });
  it('reads west to east: miners → exchanger → boilers → greenhouse; dry cooler to the north', () => {
    const xMiners = Math.max(...L.containers.map((c) => c.x1));
    expect(xMiners).toBeLessThan(L.hx.x);
    expect(L.hx.x).toBeLessThan(L.boilers[0]!.x);
    expect(L.boilers[L.boilers.length - 1]!.x).toBeLessThan(L.greenhouse.x0);
    const zContainers = Math.min(...L.containers.map((c) => c.z - c.width / 2));
    expect(Math.max(...L.dryCooler.units.map((u) => u.z + u.width / 2))).toBeLessThan(zContainers);
  });
  it('every pipe is coloured by a temperature and runs at least 0.1 m', () => {
    for (const p of L.pipes) {
      expect(p.points.length).toBeGreaterThanOrEqual(2);
      let len = 0;
      for (let i = 1; i < p.points.length; i++) {
        const [a, b] = [p.points[i - 1]!, p.points[i]!];
        len += Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
      }
      expect(len).toBeGreaterThan(0.1);
      expect(p.temp).toMatch(/T$/);
    }
  });
  it('the container viewpoint is inside container 1, the greenhouse viewpoint inside the greenhouse', () => {
    const c = L.containers[0]!;
    const [x, y, z] = L.views.container.position;
    expect(x > c.x0 && x < c.x1 && Math.abs(z - c.z) < c.width / 2 && y < c.height).toBe(true);
    const g = L.greenhouse;
    const [gx, gy, gz] = L.views.greenhouse.position;
    expect(gx > g.x0 && gx < g.x1 && gz > g.z0 && gz < g.z1 && gy < g.ridgeHeight).toBe(true);
  });
});

describe('the scene follows the scenario', () => {
  it('3,600 miners in 4 modules: longer modules, still every miner inside', () => {
    const L = buildLayout(withFields({ 'miners.count': 3600 }));
    expect(L.miners.drawn).toBe(3600);
    expect(L.containers).toHaveLength(4);
    expect(L.containers[0]!.length).toBeGreaterThan(CONTAINER.length);
    expect(minersInsideTheirContainers(L)).toBe(true);
  });
  it('more miners than MAX_DRAWN_MINERS are drawn as one box per ⌈count / max⌉', () => {
    const L = buildLayout(withFields({ 'miners.count': 100_000, 'miners.modules': 40 }));
    expect(L.miners.perBox).toBe(Math.ceil(100_000 / MAX_DRAWN_MINERS)); // 5
    expect(L.miners.drawn).toBe(20_000);
    expect(L.containers).toHaveLength(40);
    expect(minersInsideTheirContainers(L)).toBe(true);
  });
  it('greenhouse area sets its plan; a buffer tank appears with its volume', () => {
    const L = buildLayout(withFields({ 'greenhouse.floorArea': '5 ha', 'bufferTank.volume': '50 m^3' }));
    expect(L.greenhouse.length * L.greenhouse.width).toBeCloseTo(50_000, 6);
    // Radius √(V / (π h)) = √(50 / (π · 6)) = 1.6287 m (default height 6 m).
    expect(L.tank!.radius).toBeCloseTo(1.6287, 4);
    expect(L.tank!.height).toBe(6);
  });
  it('any area gives length × width = area', () => {
    fc.assert(
      fc.property(fc.double({ min: 10, max: 1e7, noNaN: true }), (a) => {
        const p = greenhousePlan(a);
        return Math.abs(p.length * p.width - a) <= 1e-9 * a && p.spans >= 1;
      }),
    );
  });
});

describe('helpers', () => {
  it('main radius: bore for 1.5 m/s plus 60 mm insulation', () => {
    // 0.084 m³/s: bore √(4 · 0.084 / (π · 1.5)) = 0.26703 m → 0.13352 + 0.06 = 0.19352 m.
    expect(mainRadius(0.084)).toBeCloseTo(0.19352, 4);
  });
  it('split spreads a count evenly', () => {
    expect(split(10, 4)).toEqual([3, 3, 2, 2]);
    expect(split(360, 4)).toEqual([90, 90, 90, 90]);
  });
  it('permutation is a deterministic shuffle of 0…n−1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), (n) => {
        const p = permutation(n);
        return [...p].sort((a, b) => a - b).every((v, i) => v === i);
      }),
    );
    expect([...permutation(10)]).toEqual([...permutation(10)]);
  });
});

describe('layoutFor keeps the layout object while the plant is drawn the same', () => {
  const first = layoutFor(loadScenario(pilot), null);
  it('returns the previous object for an edit that does not change the plant (set-points, controls)', () => {
    const same = layoutFor(
      withFields({ 'greenhouse.daySetpoint': '19 degC', 'control.minPowerFraction': '50 %' }),
      first,
    );
    expect(same).toBe(first);
  });
  it('returns a new layout when the plant changes (floor area, exchanger area, miner count)', () => {
    for (const fields of [
      { 'greenhouse.floorArea': '3 ha' },
      { 'heatExchanger.area': '140 m^2' },
      { 'miners.count': 300 },
    ]) {
      const next = layoutFor(withFields(fields), first);
      expect(next).not.toBe(first);
      expect(next.layout).toEqual(buildLayout(withFields(fields)));
      expect(next.key).not.toBe(first.key);
    }
  });
});
