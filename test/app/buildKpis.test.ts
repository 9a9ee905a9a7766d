import { describe, expect, it } from 'vitest';
import manitoba from '../../models/sites/manitoba-pilot.json';
import { buildKpisFor } from '../../src/app/lib/buildKpis';
import { canonicalJson, documentFingerprint, fnv1a64 } from '../../src/app/lib/fingerprint';
import { presetInput } from '../../src/app/lib/presets';

describe('fingerprint', () => {
  // FNV-1a 64 test vectors from the FNV reference (Fowler, Noll, Vo; draft-eastlake-fnv, test suite).
  it('matches the published FNV-1a 64 vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('does not depend on key order, does depend on every value', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"x":0,"y":1}]},"b":1}',
    );
    const input = presetInput('manitoba-pilot');
    const reordered = Object.fromEntries(Object.entries(input).reverse());
    expect(documentFingerprint(reordered)).toBe(documentFingerprint(input));
    const edited = structuredClone(input);
    (edited.greenhouse as Record<string, unknown>).floorArea = '2.2 ha';
    expect(documentFingerprint(edited)).not.toBe(documentFingerprint(input));
  });
});

describe('buildKpisFor', () => {
  const source = {
    scenario: 'models/sites/manitoba-pilot.json',
    documentFingerprint: documentFingerprint(manitoba),
    weather: { fileName: 'x.epw', sha256: '0' },
    hours: 8760,
    timeStep: 900,
    warnings: [{ code: 'unmet-heat', message: 'The greenhouse got 1 MWh less than it needed.', hours: 4 }],
    kpis: { heatCoverage: 0.92, paybackYears: null, unmetHours: 'NaN', peak: 'Infinity', low: '-Infinity' },
  };

  it('gives the build figures for exactly the default document on the bundled year', () => {
    const k = buildKpisFor(presetInput('manitoba-pilot'), undefined, source);
    expect(k?.kpis.heatCoverage).toBe(0.92);
    expect(k?.kpis.paybackYears).toBeNull();
    const words = k?.kpis as unknown as Record<string, number>;
    expect(words.unmetHours).toBeNaN();
    expect(words.peak).toBe(Number.POSITIVE_INFINITY);
    expect(words.low).toBe(Number.NEGATIVE_INFINITY);
    expect(k?.hours).toBe(8760);
    // the strip above the 3D view shows the build's warnings with its KPIs
    expect(k?.warnings).toEqual([
      { code: 'unmet-heat', message: 'The greenhouse got 1 MWh less than it needed.', hours: 4 },
    ]);
    // and the payback in words, for the payback card's note (the first paint equals the worker's)
    const payback = {
      project: 'no payback within the 2-year term',
      operator: 'o',
      host: 'pays back at once',
    };
    expect(
      buildKpisFor(presetInput('manitoba-pilot'), undefined, { ...source, economics: { payback } })
        ?.economics,
    ).toEqual({ payback });
    expect(k && 'economics' in k).toBe(false); // a build that did not write it: no note
  });

  it('gives nothing for another document, an uploaded weather year or no build figures', () => {
    const edited = presetInput('manitoba-pilot');
    (edited.greenhouse as Record<string, unknown>).floorArea = '2.2 ha';
    expect(buildKpisFor(edited, undefined, source)).toBeNull();
    expect(buildKpisFor(presetInput('small-36-s21'), undefined, source)).toBeNull();
    expect(buildKpisFor(presetInput('manitoba-pilot'), 'upload-1', source)).toBeNull();
    expect(buildKpisFor(presetInput('manitoba-pilot'), undefined, null)).toBeNull();
  });

  it('is null under Vitest (the plugin computes no year for tests)', () => {
    expect(buildKpisFor(presetInput('manitoba-pilot'), undefined)).toBeNull();
  });
});
