import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_EOL, csvField, csvLine, fixed, parseCsv, toCsv } from '../../../src/core/export/csv';

describe('RFC 4180 CSV', () => {
  it('quotes only fields with a comma, double quote, CR or LF; doubles embedded quotes (RFC 4180 §2.5–2.7)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(undefined)).toBe('');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    // RFC 4180 §2.1: records end in CRLF.
    expect(CSV_EOL).toBe('\r\n');
    expect(csvLine(['x', 1, 'y,z'])).toBe('x,1,"y,z"\r\n');
  });

  it('toCsv writes the header first and refuses a row of the wrong length', () => {
    expect(toCsv(['a', 'b'], [[1, 2]])).toBe('a,b\r\n1,2\r\n');
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow(/CSV row length = 1.*2 fields/);
  });

  it('parseCsv reads back what toCsv writes, for any text fields (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((n) =>
            fc.tuple(
              fc.array(fc.string({ minLength: 1 }), { minLength: n, maxLength: n }),
              fc.array(fc.array(fc.string(), { minLength: n, maxLength: n }), { maxLength: 6 }),
            ),
          ),
        ([header, rows]) => {
          const text = toCsv(header, rows);
          const back = parseCsv(text);
          expect(back).toEqual([header, ...rows]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('parseCsv: an unterminated quote is an error', () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow(/closing double quote/);
  });

  it('fixed() never prints a negative zero', () => {
    expect(fixed(-0.0001, 3)).toBe('0.000');
    expect(fixed(-0.0006, 3)).toBe('-0.001');
    expect(fixed(2.5, 1)).toBe('2.5');
  });
});
