/**
 * Compare (issue 15 item 4): a pinned result A against the current result B. Each KPI card gets its delta
 * B − A in the card's unit (percentage points for % cards), with its sign and whether it is better or worse;
 * which way is better is the app's reading of each card (more heat reused, less backup, more money, shorter
 * payback). No physics: the numbers are the cards' own (kpiCards, from the core's OUTPUTS table).
 */
import type { Card } from './kpis';
import { figure, money } from './kpis';

/** +1: higher is better; −1: lower is better; 0: neither (the greenhouse's own demand). */
const BETTER: Record<string, 1 | -1 | 0> = {
  recovered: 1,
  coverage: 1,
  delivered: 1,
  backup: -1,
  demand: 0,
  rejected: -1,
  erf: 1,
  costAvoided: 1,
  co2: 1,
  revenue: 1,
  hostNet: 1,
  operatorNet: 1,
  payback: -1,
};

export type Tone = 'better' | 'worse' | 'same' | 'neutral';

export interface Delta {
  /** "+1.2 pp", "−340 MWh/yr", "±0" or "n/a". */
  text: string;
  tone: Tone;
  /** A's value as shown on its card ("12.3 %"). */
  pinned: string;
}

const MINUS = '−';

/** The delta's unit: percentage points for % cards, the card's unit otherwise. */
function deltaUnit(c: Card): string {
  return c.unit === '%' ? 'pp' : c.unit;
}

function signed(d: number, c: Card): string {
  const abs = Math.abs(d);
  const n = c.group === 'money' && c.id !== 'co2' ? money(abs) : figure(abs);
  const unit = deltaUnit(c);
  return `${d > 0 ? '+' : MINUS}${n}${unit ? ` ${unit}` : ''}`;
}

/** The delta B − A of one card. */
export function cardDelta(a: Card, b: Card): Delta {
  const pinned = `${a.value}${a.unit ? ` ${a.unit}` : ''}`;
  if (a.raw === null || b.raw === null || a.unit !== b.unit) {
    const same = a.value === b.value && a.unit === b.unit;
    return { text: same ? '±0' : 'n/a', tone: same ? 'same' : 'neutral', pinned };
  }
  const d = b.raw - a.raw;
  const scale = Math.max(Math.abs(a.raw), Math.abs(b.raw));
  // Equal within the cards' three significant digits: no change to report.
  if (Math.abs(d) <= 5e-4 * scale || d === 0) return { text: '±0', tone: 'same', pinned };
  const better = BETTER[b.id] ?? 0;
  const tone: Tone = better === 0 ? 'neutral' : Math.sign(d) === better ? 'better' : 'worse';
  return { text: signed(d, b), tone, pinned };
}

/** The deltas of the current cards `b` against the pinned cards `a`, by card id (cards A lacks: none). */
export function kpiDeltas(a: Card[], b: Card[]): Record<string, Delta> {
  const byId = new Map(a.map((c) => [c.id, c]));
  const out: Record<string, Delta> = {};
  for (const c of b) {
    const p = byId.get(c.id);
    if (p) out[c.id] = cardDelta(p, c);
  }
  return out;
}
