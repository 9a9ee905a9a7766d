/**
 * Size and depth limits on scenario input, checked before JSON parsing and before zod (whose recursion would
 * otherwise die with a RangeError on a file nested thousands of levels deep).
 */

/** Largest scenario file (UTF-8 characters ≈ bytes). */
export const MAX_SCENARIO_CHARS = 1_000_000;
/** Deepest nesting of objects/arrays in a scenario. */
export const MAX_SCENARIO_DEPTH = 64;
/** Most values (objects, arrays, strings, numbers…) in one scenario file. */
export const MAX_SCENARIO_NODES = 100_000;

/** Drop a leading UTF-8 byte-order mark (what Windows editors write). */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Why a file is refused, or undefined when it is within the limits. */
export function textLimitProblem(text: string): string | undefined {
  if (text.length > MAX_SCENARIO_CHARS)
    return `the file is ${(text.length / 1e6).toFixed(1)} MB; a scenario may be at most 1 MB`;
  // Nesting depth from the brackets outside strings (a linear scan, no recursion).
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_SCENARIO_DEPTH) return `nested more than ${MAX_SCENARIO_DEPTH} levels deep`;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return undefined;
}

/** Why a parsed value is refused (too deep, too many values), or undefined. Iterative, no recursion. */
export function valueLimitProblem(value: unknown): string | undefined {
  const stack: [unknown, number][] = [[value, 1]];
  let nodes = 0;
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (++nodes > MAX_SCENARIO_NODES) return `more than ${MAX_SCENARIO_NODES} values`;
    if (v === null || typeof v !== 'object') continue;
    if (d > MAX_SCENARIO_DEPTH) return `nested more than ${MAX_SCENARIO_DEPTH} levels deep`;
    for (const x of Array.isArray(v) ? v : Object.values(v)) stack.push([x, d + 1]);
  }
  return undefined;
}
