/**
 * The sweep's task order (src/cli/taskQueue.ts): without groups, task order; with groups (cases sharing a
 * greenhouse), each worker keeps to its group, a free worker starts the first group nobody has started, then
 * joins the one with the most left; given-back tasks first. Over random groups, workers and deaths, every task
 * goes out exactly once (plus once more for each given back).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Taker, TaskQueue } from '../../src/cli/taskQueue';

const drain = (q: TaskQueue<number>, w: Taker): number[] => {
  const out: number[] = [];
  for (let t = q.take(w); t !== undefined; t = q.take(w)) out.push(t);
  return out;
};

describe('TaskQueue', () => {
  it('without groups hands the tasks out in order, to whichever worker asks', () => {
    const q = new TaskQueue([0, 1, 2, 3, 4]);
    const a: Taker = {};
    const b: Taker = {};
    expect([q.take(a), q.take(b), q.take(b), q.take(a), q.take(a), q.take(b)]).toEqual([
      0,
      1,
      2,
      3,
      4,
      undefined,
    ]);
  });

  it('one worker runs each group in one go, groups in order of their first case (axes in any order)', () => {
    // 3 greenhouses × 2 exchangers with the greenhouse axis varying fastest: groups 0 1 2 0 1 2
    const q = new TaskQueue([0, 1, 2, 3, 4, 5], [7, 8, 9, 7, 8, 9]);
    expect(drain(q, {})).toEqual([0, 3, 1, 4, 2, 5]);
  });

  it('two workers each keep to their own group, then join the group with the most left', () => {
    const groups = [0, 0, 0, 0, 0, 0, 1, 1, 2];
    const q = new TaskQueue(
      groups.map((_, i) => i),
      groups,
    );
    const a: Taker = {};
    const b: Taker = {};
    expect(q.take(a)).toBe(0);
    expect(q.take(b)).toBe(6); // the first group nobody has started
    expect(q.take(b)).toBe(7);
    expect(q.take(b)).toBe(8); // its group done: the next unstarted one
    expect(q.take(a)).toBe(1);
    // every group started: b joins group 0, the one with the most left
    expect(q.take(b)).toBe(2);
    expect(q.take(a)).toBe(3);
    expect([q.take(a), q.take(b), q.take(a)]).toEqual([4, 5, undefined]);
  });

  it('a task given back goes out first; a worker that leaves frees its group for a new one', () => {
    const q = new TaskQueue([0, 1, 2, 3], [0, 0, 1, 1]);
    const a: Taker = {};
    const b: Taker = {};
    expect(q.take(a)).toBe(0);
    expect(q.take(b)).toBe(2);
    q.giveBack(2);
    q.leave(b);
    const c: Taker = {};
    expect(q.take(c)).toBe(2);
    // c took a retried task (no group): next it takes the group b left, which nobody holds now
    expect(q.take(c)).toBe(3);
    expect(q.take(a)).toBe(1);
    expect(q.size).toBe(0);
  });

  it('refuses groups that do not match the tasks', () => {
    expect(() => new TaskQueue([1, 2], [0])).toThrow(/1 groups for 2 tasks/);
  });

  it('every task goes out exactly once (once more per give-back), whatever the groups, workers and deaths', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 200, size: 'max' }),
        (groups, n, moves) => {
          const q = new TaskQueue(
            groups.map((_, i) => i),
            groups,
          );
          const workers: Taker[] = Array.from({ length: n }, () => ({}));
          const seen = new Map<number, number>();
          let givenBack = 0;
          const got = (t: number | undefined) => {
            if (t !== undefined) seen.set(t, (seen.get(t) ?? 0) + 1);
            return t;
          };
          for (const [k, dies] of moves) {
            const slot = k % n;
            const t = got(q.take(workers[slot]!));
            if (dies && t !== undefined) {
              q.giveBack(t);
              givenBack++;
              q.leave(workers[slot]!);
              workers[slot] = {};
            }
          }
          for (const w of workers) for (let t = got(q.take(w)); t !== undefined; t = got(q.take(w)));
          expect(q.size).toBe(0);
          expect([...seen.keys()].sort((x, y) => x - y)).toEqual(groups.map((_, i) => i));
          expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(groups.length + givenBack);
        },
      ),
      { numRuns: 300, seed: 22 },
    );
  });
});
