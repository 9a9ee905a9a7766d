import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, simulate } from '../../../src/core';
import pilot from '../../../models/sites/manitoba-pilot.json';
import { temperatureScale } from '../../../src/scene/model/colormap';
import { COMPONENT_IDS, COMPONENTS, TEMPERATURE_SERIES } from '../../../src/scene/model/components';
import {
  computeLive,
  createLiveState,
  FLOW_SPEED_AT_MAX,
  flowReferences,
  flowSpeed,
  labelContent,
  minerStatus,
  onHeatPath,
  readouts,
  tooltipText,
  tourSteps,
} from '../../../src/scene/model/live';

const scenario = loadScenario(pilot);
// Two simulated days are enough to read values back (the scene only reads the core's series).
const result = simulate(scenario, { hours: 48 });
const scale = temperatureScale(scenario);

describe('live state of an hour', () => {
  it('takes every temperature straight from the core’s series', () => {
    const live = computeLive(createLiveState(), result, scale, 30, flowReferences(result));
    expect(live.hasData).toBe(true);
    TEMPERATURE_SERIES.forEach((name, k) => {
      const T = result.series[name][30]!;
      expect(live.temps[k]).toBe(T);
      // Position on the 0–90 °C scale, by hand: (T − 273.15) / 90, clamped; −1 for "no data" (0 K).
      const expected = T > 0 ? Math.min(1, Math.max(0, (T - 273.15) / 90)) : -1;
      expect(live.tpos[k]).toBeCloseTo(expected, 6);
    });
    expect(live.fanSpeed).toBe(result.series.fanSpeed[30]);
    expect(live.uptime).toBe(result.series.minerUptime[30]);
    expect(live.screenClosed).toBe(result.series.screenClosed[30]! > 0.5);
  });
  it('clamps the hour into the result and draws neutral without a result', () => {
    expect(computeLive(createLiveState(), result, scale, 10_000, null).hour).toBe(47);
    const none = computeLive(createLiveState(), null, scale, 5, null);
    expect(none.hasData).toBe(false);
    expect([...none.tpos].every((p) => p === -1)).toBe(true);
  });
  it('flow animation speed is proportional to the flow', () => {
    expect(flowSpeed(84, 84)).toBe(FLOW_SPEED_AT_MAX);
    expect(flowSpeed(0, 84)).toBe(0);
    expect(flowSpeed(10, 0)).toBe(0);
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        fc.double({ min: 1, max: 200, noNaN: true }),
        (m, ref) => {
          return Math.abs(flowSpeed(2 * m, ref) - 2 * flowSpeed(m, ref)) <= 1e-9 * flowSpeed(2 * m, ref);
        },
      ),
    );
  });
});

describe('miner status', () => {
  it('shows round((1 − uptime) × drawn) miners off and throttles below a 99.9 % power limit', () => {
    expect(minerStatus(0.95, 1, 360)).toEqual({ running: 342, off: 18, throttled: false }); // 0.05 × 360 = 18
    expect(minerStatus(1, 0.8, 360)).toEqual({ running: 360, off: 0, throttled: true });
    expect(minerStatus(0, 1, 360).off).toBe(360);
  });
});

describe('inspect panel', () => {
  it('shows exactly the core’s numbers for the exchanger', () => {
    const rows = readouts(result, 'hx', 20, 'SI');
    const byLabel = Object.fromEntries(rows.map((r) => [r.series, r.value]));
    expect(byLabel.hxDuty).toBe(result.series.hxDuty[20]);
    expect(byLabel.minerOutletT).toBe(result.series.minerOutletT[20]);
    expect(byLabel.hxColdOutT).toBe(result.series.hxColdOutT[20]);
    expect(byLabel.hxColdFlow).toBe(result.series.hxColdFlow[20]);
    const duty = rows.find((r) => r.series === 'hxDuty')!;
    expect(duty.text).toMatch(/^\d[\d,.]* (MW|kW|W)$/);
  });
  it('every component’s readouts exist in the core’s series', () => {
    for (const id of COMPONENT_IDS) {
      for (const r of COMPONENTS[id].readouts)
        expect(result.series[r.series], `${id}.${r.series}`).toBeDefined();
      expect(readouts(result, id, 0, 'imperial').every((r) => !r.text.includes('NaN'))).toBe(true);
    }
  });
  it('heat paths: the exchanger’s reaches miners and greenhouse; the dry cooler’s does not reach the greenhouse', () => {
    expect(onHeatPath('hx', 'miners')).toBe(true);
    expect(onHeatPath('hx', 'greenhouse')).toBe(true);
    expect(onHeatPath('dryCooler', 'greenhouse')).toBe(false);
    expect(onHeatPath('dryCooler', 'miners')).toBe(true);
    expect(onHeatPath(null, 'miners')).toBe(false);
    for (const id of COMPONENT_IDS) expect(COMPONENTS[id].path, id).toContain(id); // a path includes its part
  });
  it('tooltips name the part and its first numbers', () => {
    expect(tooltipText(result, 'dryCooler', 3, 'SI')).toMatch(
      /^Dry cooler — heat rejected .* · fan speed \d+ %$/,
    );
    expect(tooltipText(null, 'hx', 3, 'SI')).toBe('Plate heat exchanger');
  });
});

describe('labels and tour', () => {
  it('labels carry one live number', () => {
    const c = labelContent(result, scenario, 'miners', 5, 'SI');
    expect(c.title).toBe('Miners · 360 in 4 modules');
    expect(c.value).toMatch(/MW · coolant out \d+\.\d °C$/);
    expect(labelContent(null, scenario, 'hx', 5, 'SI').value).toContain('…');
  });
  it('the tour walks miners → exchanger → dry cooler → greenhouse with the hour’s numbers', () => {
    const steps = tourSteps(result, scenario, 12, 'SI');
    expect(steps.map((s) => s.view)).toEqual([
      'overview',
      'container',
      'exchanger',
      'drycooler',
      'greenhouse',
    ]);
    expect(steps[0]!.caption).toContain('360 liquid-cooled miners in 4 containers');
    expect(steps[2]!.caption).toMatch(/MW|kW/);
    expect(steps.every((s) => !s.caption.includes('NaN'))).toBe(true);
  });
});
