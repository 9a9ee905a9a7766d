// Malformed weather files: the bundled Winnipeg EPW with one defect each; every one is refused with an
// InputError that names the file and the line (and field) or the data block, never a crash or a silent fill.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors';
import { parseEpw } from '../../src/core/weather/epw';
import { RUNS, SEED, TIMEOUT } from './config';

const text = readFileSync('models/weather/CAN_MB_Winnipeg.The.Forks.715790_TMYx.epw', 'utf8');
const lines = text.split('\n');
const HEADER = 8;
const last = lines.length - (lines.at(-1) === '' ? 2 : 1);

// Fields 6–9, 12–15, 20–23, 30 are read; junk that is never a valid value for them.
const FIELDS = [6, 7, 8, 9, 12, 13, 14, 15, 20, 21, 22, 23, 30];
const JUNK = [
  '0x10',
  'Infinity',
  '-Infinity',
  'NaN',
  '1e400',
  'abc',
  '12,5',
  '200',
  '-999',
  '1e9',
  '--1',
  '0x',
];

const edit = (row: number, f: (l: string) => string | string[]) => {
  const out = lines.slice();
  out.splice(HEADER + row, 1, ...([] as string[]).concat(f(lines[HEADER + row]!)));
  return out.join('\n');
};

const defect: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 8759 }), fc.constantFrom(...FIELDS), fc.constantFrom(...JUNK))
    .map(([r, k, v]) =>
      edit(r, (l) => {
        const f = l.split(',');
        // "-999" etc. are never missing codes; "200" is outside every range read here except radiation, snow
        // depth and wind direction, which get -5 or 400 instead.
        const radiationOrSnow = (k >= 12 && k <= 15) || k === 30;
        f[k] = radiationOrSnow && v === '200' ? '-5' : k === 20 && v === '200' ? '400' : v;
        return f.join(',');
      }),
    ),
  fc.integer({ min: 0, max: 8759 }).map((r) => edit(r, () => [])), // a record deleted
  fc.integer({ min: 0, max: 8758 }).map((r) => edit(r, (l) => [l, l])), // a record repeated
  fc.integer({ min: 1, max: 8759 }).map((r) => edit(r, (l) => `${l},1`)), // an extra field
  fc.integer({ min: 0, max: 8700 }).map((r) => {
    // Two records 24 h apart swapped (days out of order).
    const out = lines.slice();
    const [a, b] = [HEADER + r, HEADER + r + 24];
    [out[a], out[b]] = [out[b]!, out[a]!];
    return out.join('\n');
  }),
  fc.integer({ min: 1, max: 8759 }).map((n) => lines.slice(0, HEADER + n).join('\n')), // truncated year
  fc.integer({ min: 0, max: 8700 }).map((r) =>
    // A 7 to 30-hour gap of missing dry bulb (code 99.9).
    lines
      .map((l, i) => {
        if (i < HEADER + r || i >= HEADER + r + 7 + (r % 24)) return l;
        const f = l.split(',');
        f[6] = '99.9';
        return f.join(',');
      })
      .join('\n'),
  ),
);

describe('fuzz: malformed weather files', () => {
  it(
    `${RUNS.malformedWeather} malformed EPW files are refused naming the line and field`,
    () => {
      expect(last).toBe(HEADER + 8759);
      fc.assert(
        fc.property(defect, (epw) => {
          let err: unknown;
          try {
            parseEpw(epw, 'bad.epw');
          } catch (e) {
            err = e;
          }
          expect(err).toBeInstanceOf(InputError);
          expect((err as InputError).field).toMatch(/^bad\.epw (line|lines|data)/);
        }),
        { seed: SEED, numRuns: RUNS.malformedWeather },
      );
    },
    TIMEOUT,
  );
});
