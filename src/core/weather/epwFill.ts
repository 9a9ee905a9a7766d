/** Missing-value flags and gap filling for the EPW columns (see epw.ts). */

export const NO_FLAGS = new Uint8Array(0);

/** True when every value is valid for an exclusive-range field: min < x < upper (upper ≤ missing code). */
export function allInOpen(v: Float64Array, min: number, upper: number): boolean {
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    if (!(x > min && x < upper)) return false;
  }
  return true;
}

/** True when every value is valid for an inclusive-range field: min ≤ x ≤ max and x < missing code. */
export function allInClosed(v: Float64Array, min: number, max: number, missingAtOrAbove: number): boolean {
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    if (!(x >= min && x <= max && x < missingAtOrAbove)) return false;
  }
  return true;
}

/** Flag NaN (empty field) and values ≥ the missing code; returns how many were newly flagged. */
export function flagMissing(v: Float64Array, bad: Uint8Array, missingAtOrAbove: number): number {
  let count = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    if (x >= missingAtOrAbove || Number.isNaN(x)) {
      bad[i] = 1;
      count++;
    }
  }
  return count;
}

/** Flag not-yet-flagged values outside the open interval (min, max). */
export function flagOutsideOpen(v: Float64Array, bad: Uint8Array, min: number, max: number): number {
  let count = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    if (bad[i] === 0 && !(x > min && x < max)) {
      bad[i] = 1;
      count++;
    }
  }
  return count;
}

/** Flag not-yet-flagged values outside the closed interval [min, max]. */
export function flagOutsideClosed(v: Float64Array, bad: Uint8Array, min: number, max: number): number {
  let count = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    if (bad[i] === 0 && !(x >= min && x <= max)) {
      bad[i] = 1;
      count++;
    }
  }
  return count;
}

/**
 * Replace flagged entries by linear interpolation between the nearest valid neighbours (in place); before the
 * first / after the last valid value, hold that value. `circular`: interpolate angles in degrees along the
 * shorter arc (wind direction). Returns false when no entry is valid (nothing changed).
 */
export function fillGaps(v: Float64Array, bad: Uint8Array, circular = false): boolean {
  const n = v.length;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    if (bad[i]) continue;
    if (i - prev > 1) {
      if (prev < 0) v.fill(v[i]!, 0, i);
      else {
        const a = v[prev]!;
        const span = i - prev;
        let delta = v[i]! - a;
        if (circular) delta = ((((delta + 180) % 360) + 360) % 360) - 180;
        for (let k = prev + 1; k < i; k++) {
          const x = a + (delta * (k - prev)) / span;
          v[k] = circular ? ((x % 360) + 360) % 360 : x;
        }
      }
    }
    prev = i;
  }
  if (prev < 0) return false;
  if (prev < n - 1) v.fill(v[prev]!, prev + 1, n);
  return true;
}
