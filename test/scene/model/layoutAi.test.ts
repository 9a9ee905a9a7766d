// Issue 17 item 5: AI racks and the heat pump in the 3D layout, only when the scenario has them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, setField } from '../../../src/core';
import pilot from '../../../models/sites/manitoba-pilot.json';
import { buildLayout, MAX_DRAWN_RACKS } from '../../../src/scene/model/layout';

const site = (f: string) =>
  loadScenario(JSON.parse(readFileSync(join(__dirname, '../../../models/sites', f), 'utf8')));

describe('AI racks and heat pump in the layout', () => {
  it('none without racks or heat pump (the pilot)', () => {
    const L = buildLayout(loadScenario(pilot));
    expect(L.aiHall).toBeNull();
    expect(L.heatPump).toBeNull();
    expect(L.pick.some((p) => p.component === 'aiRacks' || p.component === 'heatPump')).toBe(false);
    expect(L.pipes.some((p) => p.component === 'heatPump')).toBe(false);
    expect(L.anchors.aiRacks).toBeUndefined();
  });
  it('22 racks in two rows of 11 in one hall, and the heat pump between them and the boilers', () => {
    const L = buildLayout(site('ai-racks-heat-pump.json'));
    const h = L.aiHall!;
    expect(h.racks).toBe(22);
    expect(h.drawn).toBe(22);
    expect(h.positions).toHaveLength(66);
    expect(h.facing.filter((f) => f > 0)).toHaveLength(11);
    // Every cabinet inside the hall.
    for (let i = 0; i < h.drawn; i++) {
      const [x, , z] = h.positions.slice(i * 3, i * 3 + 3) as [number, number, number];
      expect(x - h.rackSize[0] / 2).toBeGreaterThan(h.x0);
      expect(x + h.rackSize[0] / 2).toBeLessThan(h.x1);
      expect(z - h.rackSize[2] / 2).toBeGreaterThan(h.z0);
      expect(z + h.rackSize[2] / 2).toBeLessThan(h.z1);
    }
    const hp = L.heatPump!;
    expect(hp.capacity).toBeCloseTo(2.6e6, 0);
    // East of the exchanger, beside the boilers, north of the hall; the racks' water reaches both.
    expect(hp.x).toBeGreaterThan(L.hx.x);
    expect(hp.x).toBeLessThan(L.boilers[L.boilers.length - 1]!.x);
    expect(hp.z + hp.width / 2).toBeLessThan(h.z0);
    expect(hp.sourcePipes).toHaveLength(2);
    for (const pts of hp.sourcePipes) expect(pts[pts.length - 1]![2]).toBeGreaterThan(h.z0);
    // The condenser on the greenhouse loop: water in at preheatedT, out at the supply temperature.
    expect(L.pipes.filter((p) => p.component === 'heatPump').map((p) => p.temp)).toEqual([
      'preheatedT',
      'supplyT',
    ]);
    expect(L.anchors.aiRacks && L.anchors.heatPump).toBeTruthy();
    // The miners' plant is placed as without them (one container for the one miner).
    expect(L.containers).toHaveLength(1);
  });
  it('the mix: 11 racks and 180 miners; racks without a heat pump; many racks are capped', () => {
    const mix = buildLayout(site('ai-mining-mix.json'));
    expect(mix.aiHall!.drawn).toBe(11);
    expect(mix.heatPump!.capacity).toBeCloseTo(1.3e6, 0);
    expect(mix.miners.drawn).toBe(180);
    let input: unknown = pilot;
    input = setField(input, 'aiRacks.count', 5000);
    const many = buildLayout(loadScenario(input));
    expect(many.aiHall!.racks).toBe(5000);
    expect(many.aiHall!.drawn).toBe(MAX_DRAWN_RACKS);
    expect(many.heatPump).toBeNull();
  });
});
