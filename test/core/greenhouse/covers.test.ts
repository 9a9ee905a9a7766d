import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { coverPreset, coverPresets, parseCover } from '../../../src/core/greenhouse/covers';

describe('greenhouse cover presets', () => {
  it('ship the [facts] U-values', () => {
    const p = coverPresets();
    // [facts] single glass 5.7–6.8, double poly 3.4–4.0, double glass 3.7, 8 mm twin-wall PC ~3.1 W/(m²·K)
    expect(p['single-glass'].uValue).toBeGreaterThanOrEqual(5.7);
    expect(p['single-glass'].uValue).toBeLessThanOrEqual(6.8);
    expect(p['double-poly'].uValue).toBeGreaterThanOrEqual(3.4);
    expect(p['double-poly'].uValue).toBeLessThanOrEqual(4.0);
    expect(p['double-glass'].uValue).toBe(3.7);
    expect(p['twin-wall-polycarbonate-8mm'].uValue).toBe(3.1);
  });

  it('have transmittances from their sources and sane optics', () => {
    const p = coverPresets();
    expect(p['single-glass'].solarTransmittance).toBeCloseTo(0.88, 12); // NGMA: 3 mm glass 88 %
    expect(p['double-glass'].solarTransmittance).toBeCloseTo(0.77, 12); // NGMA: double pane 77 %
    expect(p['twin-wall-polycarbonate-8mm'].solarTransmittance).toBeCloseTo(0.8, 12); // eXtension 78–82 %
    for (const c of Object.values(p)) {
      expect(c.solarTransmittance + c.solarAbsorptance).toBeLessThanOrEqual(1);
      for (const src of Object.values(c.sources)) {
        expect(src).toMatch(/^(\[facts\] |derived:|assumption:|[A-Za-z]+ )/);
      }
    }
  });

  it('single glass layer resistance is 4 mm / 1.05 W/(m·K) (Vanthoor 2011 Table 2)', () => {
    expect(coverPreset('single-glass').layerResistance).toBeCloseTo(0.004 / 1.05, 4);
  });

  it('reject unknown ids and malformed documents with InputErrors naming the field', () => {
    expect(() => coverPreset('triple-glass')).toThrow(InputError);
    const bad = { ...(coverPresets()['single-glass'] as object) };
    expect(() => parseCover(bad)).toThrow(InputError);
    const doc = {
      id: 'x',
      name: 'x',
      uValue: { value: '6 W/(m^2 K)', source: 'assumption: test' },
      solarTransmittance: { value: '95 %', source: 'assumption: test' },
      solarAbsorptance: { value: '10 %', source: 'assumption: test' },
      firEmissivity: { value: 0.9, source: 'assumption: test' },
      arealHeatCapacity: { value: '100 J/(m^2 K)', source: 'assumption: test' },
      layerResistance: { value: '0.01 m^2 K/W', source: 'assumption: test' },
    };
    expect(() => parseCover(doc)).toThrow(/x\.solarAbsorptance/);
    const ok = { ...doc, solarAbsorptance: { value: '2 %', source: 'assumption: test' } };
    expect(parseCover(ok).uValue).toBe(6);
    expect(() => parseCover({ ...ok, uValue: { value: '6 kg', source: 'a' } })).toThrow(/x\.uValue/);
  });
});
