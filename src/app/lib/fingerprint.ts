/**
 * A fingerprint of a JSON document: FNV-1a (64-bit) over its canonical text (object keys sorted, no spaces),
 * so the same document gives the same fingerprint whatever its key order. Used to tell whether the open
 * scenario is exactly the one the build computed the first KPIs from (vite.config.ts, plugin default-kpis);
 * not a security check — a collision only shows the build's figures until the worker's arrive.
 */

/** JSON text with every object's keys sorted (arrays keep their order). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** FNV-1a 64 of a string's UTF-16 code units, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let h = OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * PRIME) & MASK;
  }
  return h.toString(16).padStart(16, '0');
}

/** The fingerprint of a JSON document (its canonical text's FNV-1a 64). */
export function documentFingerprint(value: unknown): string {
  return fnv1a64(canonicalJson(value));
}
