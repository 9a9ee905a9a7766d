/**
 * Undo/redo of scenario edits: a bounded stack of edit states. Keystrokes in one field follow each other
 * quickly; they merge into one step (one undo goes back to the value before the field was edited).
 */
import type { EditState } from '../lib/edit';

const LIMIT = 100;
/** Edits of the same field closer together than this are one undo step. */
export const MERGE_MS = 1500;

export interface History {
  past: EditState[];
  future: EditState[];
  /** Field and time of the last recorded edit (for merging keystrokes). */
  last?: { path: string; at: number };
}

export const emptyHistory = (): History => ({ past: [], future: [] });

/** Record that `before` was replaced by an edit at `path` at time `at`. */
export function record(h: History, before: EditState, path: string, at: number): History {
  const merge = h.last && h.last.path === path && at - h.last.at < MERGE_MS && h.past.length > 0;
  const past = merge ? h.past : [...h.past, before].slice(-LIMIT);
  return { past, future: [], last: { path, at } };
}

/** Step back: the state to show and the new history, or null when there is nothing to undo. */
export function undo(h: History, current: EditState): { state: EditState; history: History } | null {
  const state = h.past[h.past.length - 1];
  if (!state) return null;
  return { state, history: { past: h.past.slice(0, -1), future: [current, ...h.future] } };
}

/** Step forward again after an undo. */
export function redo(h: History, current: EditState): { state: EditState; history: History } | null {
  const state = h.future[0];
  if (!state) return null;
  return { state, history: { past: [...h.past, current], future: h.future.slice(1) } };
}
