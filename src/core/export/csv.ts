/**
 * CSV writing per RFC 4180 (Shafranovich 2005, "Common Format and MIME Type for CSV Files"): records end in
 * CRLF (§2.1–2.2); a field containing a comma, a double quote, CR or LF is enclosed in double quotes and
 * each embedded double quote is doubled (§2.5–2.7); the first record is the header (§2.3). Pure functions.
 */
import { InputError } from '../errors';

/** Line break between records (RFC 4180 §2.1). */
export const CSV_EOL = '\r\n';

/** One field: numbers as JavaScript writes them, strings quoted only when they must be (RFC 4180 §2.6–2.7). */
export function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record, with its CRLF. */
export function csvLine(fields: readonly (string | number | boolean | null | undefined)[]): string {
  return fields.map(csvField).join(',') + CSV_EOL;
}

/** A whole file: header then rows. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  let out = csvLine(header);
  for (const r of rows) {
    if (r.length !== header.length) {
      throw new InputError('CSV row length', r.length, `${header.length} fields, as in the header`);
    }
    out += csvLine(r);
  }
  return out;
}

/**
 * Parse RFC 4180 text back into records (quoted fields, doubled quotes, CRLF or LF line ends). Used by tests
 * and by readers of the exports; an unterminated quote is an error.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let any = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      any = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      any = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      any = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      any = true;
      i++;
    }
  }
  if (quoted)
    throw new InputError('CSV text', text.slice(-40), 'a closing double quote for every quoted field');
  if (any || field !== '') {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Fixed-point text without a negative zero ("-0.000" → "0.000"). */
export function fixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}
