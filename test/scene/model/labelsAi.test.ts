// Issue 17 item 5: the AI racks' and heat pump's labels read the simulation's hourly outputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, simulate } from '../../../src/core';
import pilot from '../../../models/sites/manitoba-pilot.json';
import { sceneLabels } from '../../../src/scene/hooks/useSceneLabels';
import { temperatureScale } from '../../../src/scene/model/colormap';
import { formatQuantity } from '../../../src/scene/model/format';
import { buildLayout } from '../../../src/scene/model/layout';
import { copText, labelContent } from '../../../src/scene/model/live';

describe('AI racks and heat pump labels', () => {
  const s = loadScenario(
    JSON.parse(readFileSync(join(__dirname, '../../../models/sites/ai-racks-heat-pump.json'), 'utf8')),
  );
  const r = simulate(s);
  const hp = r.series.heatPumpHeat;
  const on = hp.findIndex((x, i) => x > 0 && r.series.heatPumpElectricity[i]! > 0);

  it('the heat pump label shows the hour’s heat and COP = heat / electricity', () => {
    expect(on).toBeGreaterThanOrEqual(0);
    const cop = hp[on]! / r.series.heatPumpElectricity[on]!;
    expect(cop).toBeGreaterThan(1.5);
    const c = labelContent(r, s, 'heatPump', on, 'SI');
    expect(c.title).toBe('Heat pump · 2.60 MW');
    expect(c.value).toBe(`${formatQuantity(hp[on]!, 'power', 'SI')} · COP ${cop.toFixed(1)}`);
    expect(copText(r, on)).toBe(cop.toFixed(1));
    const off = hp.findIndex((x) => x === 0);
    if (off >= 0) expect(copText(r, off)).toBe('—');
    expect(labelContent(r, s, 'heatPump', on, 'imperial').value).toMatch(/Btu\/h · COP /);
  });
  it('the racks’ label shows their IT power and the heat they give the heat pump', () => {
    const c = labelContent(r, s, 'aiRacks', on, 'SI');
    expect(c.title).toBe('AI racks · 22 × GB200 NVL72');
    // 22 × 132 kW × 80 % = 2.32 MW of IT.
    expect(c.value).toBe(
      `2.32 MW IT · ${formatQuantity(r.series.heatPumpSourceHeat[on]!, 'power', 'SI')} to the heat pump`,
    );
  });
  it('the scene labels them only when the plant has them', () => {
    const L = buildLayout(s);
    const ids = sceneLabels(L, r, s, on, 'SI', temperatureScale(s)).map((l) => l.component);
    expect(ids).toContain('aiRacks');
    expect(ids).toContain('heatPump');
    const P = loadScenario(pilot);
    const noAi = sceneLabels(buildLayout(P), null, P, 0, 'SI', temperatureScale(P)).map((l) => l.component);
    expect(noAi).not.toContain('aiRacks');
    expect(noAi).not.toContain('heatPump');
  });
});
