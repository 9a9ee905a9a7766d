/**
 * A cover document is refused field by field: each quantity outside its range names `<id>.<field>` and the range
 * in its unit, the edges of each range are accepted, a document that is not in the catalog format names its first
 * bad field (or `cover.` when it has no id), and the sources travel with the parsed preset.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { coverPreset, coverPresets, parseCover } from '../../../src/core/greenhouse/covers';
import { refused } from '../refused';

const src = (s: string) => ({ source: `assumption: ${s}` });
/** A valid document (numbers in SI, so the checks see exactly these values). */
const doc = () => ({
  id: 'x',
  name: 'test cover',
  uValue: { value: 6, ...src('u') },
  solarTransmittance: { value: 0.8, ...src('tau') },
  solarAbsorptance: { value: 0.05, ...src('alpha') },
  firEmissivity: { value: 0.9, ...src('eps') },
  arealHeatCapacity: { value: 100, ...src('c') },
  layerResistance: { value: 0.01, ...src('r') },
});

const refusal = (d: unknown) => refused(() => parseCover(d));

describe('cover documents', () => {
  it.each([
    ['uValue', 0.29, 'between 0.3 and 15 W/m^2/K'],
    ['uValue', 15.1, 'between 0.3 and 15 W/m^2/K'],
    ['solarTransmittance', 1.01, 'between 0 and 1'],
    ['solarAbsorptance', -0.01, 'between 0 and 1'],
    ['firEmissivity', 0.04, 'between 0.05 and 1'],
    ['arealHeatCapacity', 0.5, 'between 1 and 1000000 J/m^2/K'],
    ['layerResistance', 2.5, 'between 0.00001 and 2 m^2 K/W'],
  ])('refuses %s = %f: "%s"', (field, value, allowed) => {
    const e = refusal({ ...doc(), [field]: { value, ...src('bad') } });
    expect(e.field).toBe(`x.${field}`);
    expect(e.value).toBe(value);
    expect(e.allowed).toBe(allowed);
  });

  it('accepts every range edge', () => {
    const lo = parseCover({
      ...doc(),
      uValue: { value: 0.3, ...src('') },
      solarTransmittance: { value: 0, ...src('') },
      solarAbsorptance: { value: 0, ...src('') },
      firEmissivity: { value: 0.05, ...src('') },
      arealHeatCapacity: { value: 1, ...src('') },
      layerResistance: { value: 1e-5, ...src('') },
    });
    expect([lo.uValue, lo.firEmissivity, lo.arealHeatCapacity, lo.layerResistance]).toEqual([
      0.3, 0.05, 1, 1e-5,
    ]);
    const hi = parseCover({
      ...doc(),
      uValue: { value: 15, ...src('') },
      firEmissivity: { value: 1, ...src('') },
      arealHeatCapacity: { value: 1e6, ...src('') },
      layerResistance: { value: 2, ...src('') },
    });
    expect([hi.uValue, hi.firEmissivity, hi.arealHeatCapacity, hi.layerResistance]).toEqual([15, 1, 1e6, 2]);
  });

  it('τ + α may reach 1 but not exceed it; the message gives 1 − τ', () => {
    const at = parseCover({
      ...doc(),
      solarTransmittance: { value: 0.75, ...src('') },
      solarAbsorptance: { value: 0.25, ...src('') },
    });
    expect(at.solarTransmittance + at.solarAbsorptance).toBe(1);
    const e = refusal({
      ...doc(),
      solarTransmittance: { value: 0.75, ...src('') },
      solarAbsorptance: { value: 0.5, ...src('') },
    });
    expect(e.field).toBe('x.solarAbsorptance');
    expect(e.allowed).toBe('at most 1 − solarTransmittance = 0.25');
  });

  it('a document outside the catalog format names its first bad field under its id, or under "cover"', () => {
    const { name: _n, ...noName } = doc();
    const e = refusal(noName);
    expect(e.field).toBe('x.name');
    expect(e.allowed).toBe('a cover preset in the catalog format');
    expect(refusal('single glass').field).toBe('cover.');
    expect(refusal(null).field).toBe('cover.');
    const { id: _i, ...noId } = doc();
    expect(refusal(noId).field).toBe('cover.id');
    expect(refusal({ ...doc(), id: 42 }).field).toBe('42.id');
    // a nested field is named by its whole path
    expect(refusal({ ...doc(), uValue: { value: true, ...src('u') } }).field).toBe('x.uValue.value');
  });

  it('the shipped presets are parsed once', () => {
    expect(coverPresets()).toBe(coverPresets());
    expect(coverPreset('single-glass')).toBe(coverPresets()['single-glass']);
  });

  it('the parsed preset keeps each quantity’s source', () => {
    const p = parseCover(doc());
    expect(p.sources).toEqual({
      uValue: 'assumption: u',
      solarTransmittance: 'assumption: tau',
      solarAbsorptance: 'assumption: alpha',
      firEmissivity: 'assumption: eps',
      arealHeatCapacity: 'assumption: c',
      layerResistance: 'assumption: r',
    });
  });

  it('an unknown shipped id is refused with the list of known ids', () => {
    let e: unknown;
    try {
      coverPreset('toString');
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).field).toBe('greenhouse.cover');
    expect((e as InputError).allowed).toBe(
      'a known cover; unknown cover "toString"; known: single-glass, double-glass, double-poly, twin-wall-polycarbonate-8mm',
    );
  });
});
