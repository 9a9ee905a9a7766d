import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_WEATHER_ATTRIBUTION,
  bundledWeather,
  bundledWeatherSource,
} from '../../../src/core/weather/bundled';
import { decodeIntegers, encodeIntegers } from '../../../src/core/weather/codec';
import { parseEpw, WEATHER_COLUMNS } from '../../../src/core/weather/epw';
import * as api from '../../../src/core/weather/index';
import { gableRoofTransmission } from '../../../src/core/weather/irradiance';
import { solarPosition } from '../../../src/core/weather/solar';

const FILE = 'CAN_MB_Winnipeg.The.Forks.715790_TMYx.epw';
const bytes = readFileSync(`models/weather/${FILE}`);

describe('bundled weather', () => {
  it('comes from the EPW whose sha256 the READMEs state', () => {
    const sha = createHash('sha256').update(bytes).digest('hex');
    // models/weather/README.md gives the checksum (copied from the project's shared data README).
    const readme = readFileSync('models/weather/README.md', 'utf8');
    const stated = readme.match(/sha256 of the EPW: `([0-9a-f]{64})`/)?.[1];
    expect(stated).toBe('82af00b3777db8274c80629273aafff4ad3d948151938e84e8af24323e60e5d2');
    expect(sha).toBe(stated);
    expect(bundledWeatherSource().sha256).toBe(sha);
    expect(bundledWeatherSource().fileName).toBe(FILE);
    expect(readme.replace(/\s+/g, ' ')).toContain(BUNDLED_WEATHER_ATTRIBUTION);
  });

  it('decodes to exactly the arrays parseEpw reads from the file', () => {
    const parsed = parseEpw(bytes.toString('utf8'), FILE);
    const bundled = bundledWeather();
    expect(bundled.length).toBe(8760);
    expect(bundled.fileName).toBe(parsed.fileName);
    expect(bundled.location).toEqual(parsed.location);
    expect(bundled.design).toEqual(parsed.design);
    expect(bundled.leapYear).toBe(parsed.leapYear);
    expect(bundled.missing).toEqual(parsed.missing);
    expect(bundled.outOfRange).toEqual(parsed.outOfRange);
    for (const key of [...WEATHER_COLUMNS, 'month', 'day', 'hour', 'dayOfYear', 'skyTemperature'] as const) {
      const a = bundled[key];
      const b = parsed[key];
      expect(a.length, key).toBe(b.length);
      let diff = -1;
      for (let i = 0; i < a.length; i++) {
        if (!Object.is(a[i], b[i])) {
          diff = i;
          break;
        }
      }
      expect(diff, `${key}: first differing record`).toBe(-1);
    }
  });

  it('is decoded once and cached', () => {
    expect(bundledWeather()).toBe(bundledWeather());
  });

  it('is exported by the weather index', () => {
    expect(api.bundledWeather).toBe(bundledWeather);
    // The index re-exports the implementations themselves (not wrappers or stand-ins).
    expect(api.parseEpw).toBe(parseEpw);
    expect(api.solarPosition).toBe(solarPosition);
    expect(api.gableRoofTransmission).toBe(gableRoofTransmission);
  });
});

describe('integer codec', () => {
  it('round-trips any safe integer series', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), { maxLength: 200 }), (xs) => {
        expect(Array.from(decodeIntegers(encodeIntegers(xs), xs.length))).toEqual(xs);
      }),
    );
  });

  it('uses one character for small steps and rejects corrupt text', () => {
    // Deltas 0, +1, −1 zig-zag to 0, 2, 1 → 'A', 'C', 'B'.
    expect(encodeIntegers([0, 1, 0])).toBe('ACB');
    expect(() => decodeIntegers('AC', 3)).toThrow(/encoded series/);
    expect(() => decodeIntegers('A*', 2)).toThrow(/encoded series/);
    expect(() => decodeIntegers('ACBA', 3)).toThrow(/left over/);
    expect(() => encodeIntegers([0.5])).toThrow(/integer/);
  });
});
