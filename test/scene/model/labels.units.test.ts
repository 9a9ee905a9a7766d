// Issue 15: with the imperial unit system every label of the 3D view (and so the proposal's snapshot of it)
// shows imperial units — the greenhouse's area among them, once seen in hectares.
import { describe, expect, it } from 'vitest';
import { loadScenario, simulate } from '../../../src/core';
import pilot from '../../../models/sites/manitoba-pilot.json';
import { LABELLED, sceneLabels } from '../../../src/scene/hooks/useSceneLabels';
import { temperatureScale } from '../../../src/scene/model/colormap';
import { COMPONENT_IDS } from '../../../src/scene/model/components';
import { formatQuantity } from '../../../src/scene/model/format';
import { buildLayout } from '../../../src/scene/model/layout';
import { labelContent, readouts, tourSteps } from '../../../src/scene/model/live';

/** SI units that must not appear in imperial text. */
const SI_UNITS = /°C|\bha\b|m²|m³|\bMW\b|\bkW\b|\d W\b|kg\/s|\bGWh\b|\bMWh\b|kW\/K|W\/m²/;
const IMPERIAL = /°F|ft²|Btu|lb\/s|gal|%/;

describe('labels follow the unit system', () => {
  const s = loadScenario(pilot);
  const r = simulate(s);
  const L = buildLayout(s);
  const scale = temperatureScale(s);
  const hour = 18 * 24 + 19;

  it('the greenhouse label shows its area in ft² (20 000 m² = 215,278 ft²), not in hectares', () => {
    const c = labelContent(r, s, 'greenhouse', hour, 'imperial');
    expect(c.title).toBe('Greenhouse · 215,278 ft²');
    expect(labelContent(r, s, 'greenhouse', hour, 'SI').title).toBe('Greenhouse · 2.00 ha');
    expect(labelContent(null, s, 'greenhouse', hour, 'imperial').title).toBe('Greenhouse · 215,278 ft²');
  });
  it('every in-scene label is imperial when the system is imperial', () => {
    const labels = sceneLabels(L, r, s, hour, 'imperial', scale);
    expect(labels.map((l) => l.component)).toEqual(LABELLED.filter((id) => L.anchors[id]));
    for (const l of labels) {
      const text = `${l.title} ${l.value}`;
      expect(text, text).not.toMatch(SI_UNITS);
      if (l.value) expect(l.value, l.value).toMatch(IMPERIAL);
    }
    const si = sceneLabels(L, r, s, hour, 'SI', scale);
    expect(si.map((l) => `${l.title} ${l.value}`).join(' ')).toMatch(/°C/);
  });
  it('inspect readouts, tour captions and the top bar’s irradiance are imperial too', () => {
    for (const id of COMPONENT_IDS)
      for (const row of readouts(r, id, hour, 'imperial')) {
        // electric power (miners, pumps, fans, compressors, IT) is kW / MW in US practice too (meters, motor
        // data, utility bills): never BTU/h
        if (row.kind === 'electricPower') expect(row.text, row.text).toMatch(/^[\d,.]+ (W|kW|MW)$/);
        else expect(row.text, row.text).not.toMatch(SI_UNITS);
      }
    const pump = readouts(r, 'minerPump', hour, 'imperial').find((x) => x.series === 'pumpPower');
    expect(pump?.kind).toBe('electricPower');
    for (const st of tourSteps(r, s, hour, 'imperial')) expect(st.caption, st.caption).not.toMatch(SI_UNITS);
    // 500 W/m² × 0.316998 = 158.5 Btu/h·ft².
    expect(formatQuantity(500, 'irradiance', 'imperial')).toBe('158 Btu/h·ft²');
    expect(formatQuantity(500, 'irradiance', 'SI')).toBe('500 W/m²');
  });
});
