/**
 * The price-file reader where mutation testing found it unpinned (issue 18): the delimiter is the first
 * line's, cells are trimmed before their quotes are taken off, and quotes count only around a whole cell; a
 * first line is a header only when no cell of it is a number; the price column by name, the first included.
 */
import { describe, expect, it } from 'vitest';
import { parsePriceCsv } from '../../../src/core/economics/tariff';
import { refused } from '../refused';

describe('parsePriceCsv: delimiter and quotes', () => {
  it('the first line sets the delimiter: a semicolon inside a later comma-separated cell is text', () => {
    expect(Array.from(parsePriceCsv('time,price\n2025-01-01;00:00,0.05\n2025-01-01;01:00,0.06'))).toEqual([
      0.05, 0.06,
    ]);
    // And a tab-separated file keeps its tabs though a cell holds a comma.
    expect(Array.from(parsePriceCsv('time\tprice\n1,5\t0.07'))).toEqual([0.07]);
  });

  it('a quoted cell after a space: trimmed, then unquoted', () => {
    expect(Array.from(parsePriceCsv('time, "price"\n1, "0.05"\n2,  "0.06"  '))).toEqual([0.05, 0.06]);
  });

  it('quotes count only around a whole cell: 0.0"5" and "0.0"5 are not numbers', () => {
    for (const cell of ['0.0"5"', '"0.0"5']) {
      const e = refused(() => parsePriceCsv(`time,price\n1,${cell}`));
      expect([e.field, e.value]).toEqual(['price file line 2', cell]);
      expect(e.allowed).toBe(
        `a number (price per kWh) in column 2; the line reads ${JSON.stringify(`1,${cell}`)}`,
      );
    }
  });
});

describe('parsePriceCsv: header or data, and the price column', () => {
  it('no header: a timestamp beside the price does not make the first line a header', () => {
    expect(Array.from(parsePriceCsv('2025-01-01 00:00,0.05\n2025-01-01 01:00,0.06'))).toEqual([0.05, 0.06]);
  });

  it('no header: a label cell that says "price" is data; the price is the last column', () => {
    expect(Array.from(parsePriceCsv('spot price,0.05\nspot price,0.06'))).toEqual([0.05, 0.06]);
  });

  it('a column named by the header’s first cell', () => {
    expect(Array.from(parsePriceCsv('Price,hour\n0.05,1\n0.06,2', { column: 'price' }))).toEqual([
      0.05, 0.06,
    ]);
  });

  it('a bad line is shown trimmed in the words', () => {
    const e = refused(() => parsePriceCsv('time,price\n   2,n/a   \n'));
    expect(e.allowed).toBe('a number (price per kWh) in column 2; the line reads "2,n/a"');
  });
});
