/**
 * Compare: the pinned result A (a full-year run kept in memory with its scenario name and time) and the
 * deltas of the current cards B against A's.
 */
import { useCallback, useMemo, useState } from 'react';
import type { RunOutput } from '../../worker/engine';
import { kpiDeltas } from '../lib/compare';
import { type Card, kpiCards } from '../lib/kpis';
import type { UnitSystem } from '../lib/units';

export interface Pinned {
  run: RunOutput;
  name: string;
  /** When it was pinned (ms since epoch). */
  at: number;
}

/**
 * Pin the current run as A (only a final full-year run: `final`), unpin; the cards' deltas B − A in `units`.
 */
export function useCompare(
  run: RunOutput | null,
  final: boolean,
  name: string,
  cards: Card[],
  units: UnitSystem,
) {
  const [pinned, setPinned] = useState<Pinned | null>(null);
  const canPin = !!run && final;
  const pin = useCallback(() => {
    if (run && canPin) setPinned({ run, name, at: Date.now() });
  }, [run, canPin, name]);
  const unpin = useCallback(() => setPinned(null), []);
  const deltas = useMemo(
    () => (pinned ? kpiDeltas(kpiCards(pinned.run, units), cards) : undefined),
    [pinned, cards, units],
  );
  return { pinned, canPin, pin, unpin, deltas };
}

export type CompareState = ReturnType<typeof useCompare>;
