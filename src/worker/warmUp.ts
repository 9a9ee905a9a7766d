/**
 * When a simulation worker warms the JavaScript engine up (Engine.warmUp): once after its first full-length run
 * of each kind (the exact year, the one-hour preview), in a task of its own.
 *
 * Why: V8 optimises the simulation's functions for the hidden classes and call targets it has seen. A second
 * annual run meets new objects (the new scenario's plant, models, closures), so some of that optimised code is
 * thrown away and rebuilt during it (`node --trace-deopt`: 17 bailouts and 19 functions marked in the second
 * run of a process, 1–5 in the third), and code the first run used little is still being optimised. In a fresh
 * worker the first edit after the page loaded took nearly twice as long as later ones. A short run of the same
 * scenario while the page shows its first result does part of that work before the first edit.
 *
 * Measured (Chromium, 3D off, pilot night set-point 17 → 16.5 °C, commit → exact year; builds served side by
 * side, six rounds each): median 737 ms without, 643 / 612 / 581 ms after 336 / 720 / 1,000 simulated hours;
 * the edit's one-hour preview 475 → 302 ms (720 h). A second comparison, with the greenhouse inputs in one shape
 * too (core greenhouseInputs), in minutes when the machine slowed from round to round: 862 → 665 ms median, each
 * round 63–406 ms faster (median 210 ms), the preview 524 → 399 ms, the second edit 583 → 520 ms; the same
 * build without the warm-up gained nothing (899 ms). Third and later edits ≈ 400–450 ms either way. In Node the
 * 720-hour warm-up takes 136–212 ms. An edit that arrives during it waits for it, at most that long, and then
 * runs warm.
 *
 * The exact lane's warm-up is a whole year since the thirty-sixth session. Why it helps is not established: a
 * month of January never runs the other seasons' code (the valve shut for hours, the vents open, the dry cooler
 * at full fans), but in Node the edit's year after either warm-up showed as many deoptimisations (2–11, noisy).
 * Measured as above (Chromium, 3D off, builds side by side, six edits each in two rounds): the first edit's
 * exact year median 379 → 305 ms (the later edits' ≈ 240–260 ms), its preview 201 → 180 ms. The warm-up takes ≈ 400–480 ms in the worker; an edit on the heels of the
 * first result (Enter at once after it) still came at 272–327 ms. The preview's warm-up stays 720 h: a whole
 * one-hour year there (≈ 400 ms) runs while the exact lane is still computing the first year on the other core,
 * and delayed the page's first full results by ≈ 100–150 ms (3D off) and 300–500 ms (3D on) for a preview only
 * ≈ 35 ms faster. The exact lane's year costs the first full results ≈ 20 ms with the 3D view off and ≈ 185 ms
 * with it on (median of six loads, 2,945 → 3,130 ms: the worker shares two cores with the page drawing the 3D
 * view in software); the build's KPIs come first either way. A warm-up stops after WARM_UP_BUDGET_MS (below):
 * with it the first edit came at 245–302 ms (the 720-hour build beside it: 340–419 ms).
 *
 * Not done: the rest of the second run's rebuilt code comes from object literals run a second time in the
 * process (the exchanger, dry cooler and plant records: V8 makes a literal's template then, and code that
 * read the first objects is marked for deoptimisation, 20 functions); a class per record avoids it (tried on
 * the exchanger's), but would not pay: building every record a second time before the first run, which avoids
 * those markings, left the first edit as slow in Node (480–528 ms without, 536–658 ms with, four rounds each).
 */
import type { RunRequest } from './engine';

/** Hours each lane's warm-up simulates (see above). */
export const WARM_UP_HOURS = { exact: 8760, preview: 720 } as const;
/**
 * Wall time after which a warm-up stops at its next simulated day (Engine.warmUp), ms: an edit that arrives
 * during it waits at most about this long. The pilot's whole year took 396–477 ms in the worker; a plant short
 * of heat takes ≈ 1.7 s a year (its steps repeat the greenhouse), and a whole year of it would have held a first
 * edit that long.
 */
export const WARM_UP_BUDGET_MS = 500;

export class WarmUps {
  private readonly done = { exact: false, preview: false };

  /** `schedule(req, hours)` runs the warm-up in a task of its own (the worker: a zero-delay timeout). */
  constructor(private readonly schedule: (req: RunRequest, hours: number) => void) {}

  /** After a run: schedules the warm-up of its kind if it is the first full-length run of that kind. */
  after(req: RunRequest): void {
    const kind = req.preview ? 'preview' : 'exact';
    if (this.done[kind] || req.hours !== undefined) return;
    this.done[kind] = true;
    this.schedule(req, WARM_UP_HOURS[kind]);
  }
}
