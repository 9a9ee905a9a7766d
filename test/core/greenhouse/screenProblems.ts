/** Screen problems for the root-search tests (screenRoot.ts): a made-up house whose trials are recorded. */
import type { ScreenProblem } from '../../../src/core/greenhouse/screenRoot';

export interface Recorded extends ScreenProblem {
  trials: number[];
  /** u of the solve whose air is in ta/vp. */
  lastU: number;
}

/** A screen problem whose "solve" puts the air at ta(u), vp(u) and whose controller is `closure`. */
export function problem(
  ta: (u: number) => number,
  vp: (u: number) => number,
  closure: (ta: number, vp: number) => number,
): Recorded {
  return {
    ta: Number.NaN,
    vp: Number.NaN,
    trials: [],
    lastU: Number.NaN,
    trial(u: number): number {
      this.trials.push(u);
      this.lastU = u;
      this.ta = ta(u);
      this.vp = vp(u);
      return u - this.closure(this.ta, this.vp);
    },
    closure,
  };
}
