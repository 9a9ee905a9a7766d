/**
 * How much the full-year worker keeps between edits (engine.ts), in a module of its own with no imports, so
 * that the page (app/lib/lanes.ts) can mirror it without loading the engine.
 *
 * Recent runs: an edit back to the physics of one of them (an undo, an A/B toggle of a cover or a screen) is
 * answered by repricing it, in milliseconds; each holds its hourly series (63 series × 8,760 h: ≈ 4.4 MB for a
 * year). Recent greenhouse traces: a plant or floor-area edit of any of those greenhouses is replayed
 * (core/sim/greenhouseTrace.ts), ≈ 3.6 MB each at 15-min steps (a trace the primary loop limited, kept under its
 * floor area, counts as one). So at most ≈ 37 MB in the worker.
 */
export const KEPT_RUNS = 6;
export const KEPT_TRACES = 3;
