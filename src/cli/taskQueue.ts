/**
 * The order a sweep hands its tasks to workers (sweepPool.ts). Tasks may carry a group — in `heat-twin sweep`,
 * the cases that share a greenhouse (core/sim/greenhouseTrace.ts `greenhouseKey`): the first case of a group a
 * worker runs simulates the year and records the greenhouse, each further case of that group on the same worker
 * replays it and solves only the plant (about a quarter of a year's cost). So a worker keeps to its group while
 * it has cases left; a worker without one takes the first group nobody has started, and only when every group is
 * started does it join the one with the most cases left. Without groups the tasks go out in order. A task given
 * back (its worker died) goes out first. Results are kept in task order by the caller, whatever the order here.
 */

/** A worker's place in the queue: the group it last ran, as the queue numbers them (undefined before its first task). */
export interface Taker {
  group?: number | undefined;
}

export class TaskQueue<T> {
  /** Pending task indices per group, in task order; groups in order of their first task. */
  private readonly pending: number[][];
  /** Next unstarted position in each group's list. */
  private readonly cursor: number[];
  /** Workers currently on each group. */
  private readonly holders: number[];
  private readonly retries: T[] = [];
  private left: number;

  /**
   * @param groups one group number per task (any integers; equal numbers share a group), or undefined for no
   * groups.
   */
  constructor(
    private readonly tasks: readonly T[],
    groups?: readonly number[],
  ) {
    if (groups !== undefined && groups.length !== tasks.length) {
      throw new Error(`task groups: ${groups.length} groups for ${tasks.length} tasks`);
    }
    const byGroup = new Map<number, number[]>();
    tasks.forEach((_, i) => {
      // without groups, one group holds every task in order
      const g = groups?.[i] ?? 0;
      const list = byGroup.get(g) ?? [];
      list.push(i);
      byGroup.set(g, list);
    });
    this.pending = [...byGroup.values()];
    this.cursor = this.pending.map(() => 0);
    this.holders = this.pending.map(() => 0);
    this.left = tasks.length;
  }

  /** Tasks not yet handed out (retries included). */
  get size(): number {
    return this.left + this.retries.length;
  }

  /** The next task for `w` (undefined when none is left); updates `w.group`. */
  take(w: Taker): T | undefined {
    const retry = this.retries.shift();
    if (retry !== undefined) return retry;
    if (this.left === 0) return undefined;
    let g = w.group !== undefined && this.hasLeft(w.group) ? w.group : this.fresh();
    if (g === undefined) g = this.fullest();
    if (w.group !== g) {
      if (w.group !== undefined) this.holders[w.group]!--;
      this.holders[g]!++;
      w.group = g;
    }
    this.left--;
    return this.tasks[this.pending[g]![this.cursor[g]!++]!];
  }

  /** Give a task back (its worker died): it goes out before any other. */
  giveBack(task: T): void {
    this.retries.push(task);
  }

  /** A worker leaves (it died): its group is free for others. */
  leave(w: Taker): void {
    if (w.group !== undefined) this.holders[w.group]!--;
    w.group = undefined;
  }

  private hasLeft(g: number): boolean {
    return this.cursor[g]! < this.pending[g]!.length;
  }

  /** The first group with tasks left that no worker is on. */
  private fresh(): number | undefined {
    for (let g = 0; g < this.pending.length; g++) if (this.holders[g] === 0 && this.hasLeft(g)) return g;
    return undefined;
  }

  /** The group with the most tasks left (the first such; there is one, as tasks are left). */
  private fullest(): number {
    let best = -1;
    let most = 0;
    for (let g = 0; g < this.pending.length; g++) {
      const n = this.pending[g]!.length - this.cursor[g]!;
      if (n > most) {
        most = n;
        best = g;
      }
    }
    return best;
  }
}
