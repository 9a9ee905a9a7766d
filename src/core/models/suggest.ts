/**
 * "Did you mean …?" for names typed by people: command-line options (src/cli/options.ts) and scenario fields
 * (scenario.ts, an unknown key). Pure, no imports, so the CLI's start-up bundle can take it alone.
 */

/** Edit distance (insertions, deletions, substitutions; Levenshtein 1966), two-row dynamic programme. */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The known option closest to `name` (without dashes) when it is close enough to be a typo: at most 2
 * edits, and fewer than half the letters; or a known option that starts with what was typed.
 */
export function suggestOption(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = levenshtein(name, k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  if (best !== undefined && bestD <= 2 && bestD < Math.max(name.length, best.length) / 2) return best;
  const prefixed = known.filter((k) => name.length >= 3 && k.startsWith(name));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}
