/**
 * Compact text encoding of integer series for the bundled weather year: each value is stored as the
 * difference from the previous one, zig-zag mapped to a non-negative integer (0, −1, 1, −2 … → 0, 1, 2, 3 …)
 * and written as a little-endian variable-length number in base-64 URL-safe characters carrying 5 value bits
 * and 1 continuation bit each. Hourly weather changes slowly, so most values take one character.
 */
import { InputError } from '../errors';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
  return t;
})();

/** Encode safe integers (|v| < 2^50) as a delta/zig-zag/varint string. */
export function encodeIntegers(values: ArrayLike<number>): string {
  const out: string[] = [];
  let prev = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isSafeInteger(v) || Math.abs(v) >= 2 ** 50) {
      throw new InputError(`values[${i}]`, v, 'an integer of magnitude below 2^50');
    }
    const d = v - prev;
    prev = v;
    let u = d >= 0 ? 2 * d : -2 * d - 1;
    while (u >= 32) {
      out.push(ALPHABET[32 + (u % 32)]!);
      u = Math.floor(u / 32);
    }
    out.push(ALPHABET[u]!);
  }
  return out.join('');
}

/** Decode `count` integers written by {@link encodeIntegers}. */
export function decodeIntegers(text: string, count: number): Float64Array {
  const out = new Float64Array(count);
  let pos = 0;
  let prev = 0;
  for (let i = 0; i < count; i++) {
    let u = 0;
    let mul = 1;
    for (;;) {
      const code = pos < text.length ? text.charCodeAt(pos++) : -1;
      const c = code >= 0 && code < 128 ? LOOKUP[code]! : -1;
      if (c < 0) {
        throw new InputError(
          'encoded series',
          `character ${pos} of ${text.length}`,
          'the base-64 text written by encodeIntegers',
        );
      }
      u += (c & 31) * mul;
      if (c < 32) break;
      mul *= 32;
    }
    prev += u % 2 === 0 ? u / 2 : -(u + 1) / 2;
    out[i] = prev;
  }
  if (pos !== text.length) {
    throw new InputError(
      'encoded series',
      `${text.length - pos} characters left over`,
      `exactly ${count} values`,
    );
  }
  return out;
}
