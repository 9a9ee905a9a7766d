import { describe, expect, it } from 'vitest';
import { emptyHistory, MERGE_MS, record, redo, undo } from '../../src/app/hooks/history';
import { undoKey } from '../../src/app/hooks/useUndoKeys';
import type { EditState } from '../../src/app/lib/edit';

const st = (area: string): EditState => ({ input: { greenhouse: { floorArea: area } }, drafts: {} });

describe('undo history', () => {
  it('steps back and forward through edits of different fields', () => {
    let h = emptyHistory();
    h = record(h, st('2 ha'), 'greenhouse.floorArea', 0);
    h = record(h, st('3 ha'), 'greenhouse.leakage', 10_000);
    const u1 = undo(h, st('4 ha'))!;
    expect(u1.state).toEqual(st('3 ha'));
    const u2 = undo(u1.history, u1.state)!;
    expect(u2.state).toEqual(st('2 ha'));
    expect(undo(u2.history, u2.state)).toBeNull();
    const r1 = redo(u2.history, u2.state)!;
    expect(r1.state).toEqual(st('3 ha'));
    expect(redo(r1.history, r1.state)!.state).toEqual(st('4 ha'));
  });

  it('merges the keystrokes of one field into one step, not those far apart', () => {
    let h = emptyHistory();
    h = record(h, st('2 ha'), 'greenhouse.floorArea', 0);
    h = record(h, st('2'), 'greenhouse.floorArea', MERGE_MS / 3);
    h = record(h, st('20'), 'greenhouse.floorArea', (2 * MERGE_MS) / 3);
    expect(h.past).toEqual([st('2 ha')]);
    h = record(h, st('200'), 'greenhouse.floorArea', (2 * MERGE_MS) / 3 + MERGE_MS + 1);
    expect(h.past).toEqual([st('2 ha'), st('200')]);
  });

  it('a new edit after an undo drops the redo branch', () => {
    let h = record(emptyHistory(), st('2 ha'), 'a', 0);
    const u = undo(h, st('3 ha'))!;
    h = record(u.history, u.state, 'b', 10_000);
    expect(h.future).toEqual([]);
  });
});

describe('undo keys', () => {
  const k = (key: string, o: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
    key,
    ctrlKey: !!o.ctrl,
    metaKey: !!o.meta,
    shiftKey: !!o.shift,
    altKey: !!o.alt,
  });
  it('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, Cmd works too, plain keys do nothing', () => {
    expect(undoKey(k('z', { ctrl: true }))).toBe('undo');
    expect(undoKey(k('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(undoKey(k('y', { ctrl: true }))).toBe('redo');
    expect(undoKey(k('z', { meta: true }))).toBe('undo');
    expect(undoKey(k('z'))).toBeNull();
    expect(undoKey(k('z', { ctrl: true, alt: true }))).toBeNull();
    expect(undoKey(k('x', { ctrl: true }))).toBeNull();
  });
});
