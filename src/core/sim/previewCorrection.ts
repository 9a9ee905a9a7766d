/**
 * A quick preview's KPIs corrected by the error the same preview made on a year computed exactly: the additive
 * correction of multi-fidelity modelling: Kennedy & O'Hagan (2000, Biometrika 87(1) 1–13) write the fine code
 * as ρ·(coarse code) + δ; here ρ = 1 and δ is taken constant near the base (Peherstorfer, Willcox & Gunzburger
 * 2018, SIAM Review 60(3) 550–591, survey such corrections). For an edited scenario n and a base scenario b whose
 * exact year is known,
 *
 *   K̂(n) = K_coarse(n) + [K_exact(b) − K_coarse(b)].
 *
 * The preview's one-hour step errs mostly the same way on nearby scenarios (the greenhouse's fast states lag by
 * the same share of an hour, the valve's horizon is the same), so the difference cancels to first order in the
 * edit. Measured on the six bundled sites with ten edits each (night set-point +1 and −2 K, day set-point,
 * leakage, floor area, screen removed, cover, pipe length, miner count, vent offset; 61 cases that ran, 51 within
 * PREVIEW_TRUST), median |error| against the exact year, raw preview → corrected: greenhouse heat demand 1.6 →
 * 0.18 %, miner heat to the greenhouse 2.8 → 0.22 %, backup heat 3.5 → 1.1 %, heat coverage 1.0 → 0.13 %, the
 * host's net benefit 2.7 → 0.18 %; 90th percentile 2.0 → 1.15, 3.5 → 0.72, 10.7 → 8.6, 1.9 → 0.83, 3.2 →
 * 0.41 %. It is worse in a few cases, mostly the backup heat after a set-point change of 2 K (3.5 → 10.8 % on the
 * pilot): backup is the small difference of two large flows. Why it does not carry far (twenty-seventh session,
 * the pilot, night set-point 15–19 °C and day set-point 18–22 °C in 0.5 K steps): the exact years are smooth in
 * the set-point, but the one-hour run's discrepancy δ jumps where the day–night difference goes from 4 to 4.5 K
 * (greenhouse heat demand δ 221 → 169 MWh, backup heat δ −6.5 → −45 MWh, from either set-point alike). The
 * backup heat that differs falls in the hours after sunrise: at one-hour steps the valve follows the set-point's
 * ramp up to the day value in one-hour jumps and asks for more than the plant delivers in one hour (5.9 MW
 * against 2.7 MW on 30 November of the bundled year, where the two runs differ most), then oscillates for a few
 * hours. A two-hour valve horizon for one-hour steps made the backup heat nearly monotone but left the jump in
 * the demand, and made this correction worse near its base (six bundled sites × five greenhouse edits, the 25
 * cases within the trust: median heat demand error 0.17 → 0.63 %, backup heat 0.61 → 3.4 %), so the horizon
 * stays the step's. So δ from one side of such a threshold corrects the other side badly (a sweep tab showing
 * these estimates first had its 15 °C backup heat 11 % off), and the correction is for edits near an exact
 * year, not for ranges. Exact when the edit changes nothing the physics reads. Not a substitute for the exact
 * year: the app shows it as a preview until that arrives.
 *
 * Rules beyond the additive term: a non-negative quantity stays non-negative (clipped at 0), the totals of the
 * heat ledger are summed again from their corrected parts so every identity of HEAT_LEDGER closes, ratios are
 * formed again from corrected parts, hour counts are whole hours in [0, hours], and a KPI that is not a finite
 * number in all three runs (a payback that never comes) is the preview's own.
 */
import { setField } from '../models/scenario';
import { heatCoverage } from './kpis';
import type { Kpis } from './types';

/**
 * The preview's time step: the app's quick preview and `heat-twin sweep --quick` run a scenario at it, with
 * SimulateOptions.coarse (no sub-steps), and correct its KPIs here.
 */
export const PREVIEW_TIME_STEP = '1 h';

/** A scenario input set to run at the preview's step (with `{ coarse: true }`). */
export function previewInput(input: unknown): unknown {
  return setField(input, 'simulation.timeStep', PREVIEW_TIME_STEP);
}

type Numeric = Record<string, number | string>;

/** Energies, loads, counts and averages that cannot be negative (clipped at 0 after the correction). */
const NON_NEGATIVE = /(_MWh|_kW|_THs|Hours|Uptime)$/;
/** The tank's storage change is signed (charge − discharge − loss). */
const SIGNED = new Set(['tankStorageChange_MWh']);
/** A diagnostic of the preview's own solver, not an estimate of the exact year. */
const OWN = new Set(['energyBalanceResidual']);

/**
 * How far the edit may move the preview from the base's preview (greenhouse heat demand or miner heat to the
 * greenhouse, relative) for the correction to apply. Beyond it the discrepancy of the base says little about the
 * edit (a floor area several times larger, a screen removed from a small house, half the miners): on the bundled
 * sites, 10 of 61 edits, several of which the correction made worse.
 */
export const PREVIEW_TRUST = 0.25;

/**
 * The preview's KPIs corrected by the base's preview error, or undefined when the edit moved the preview more
 * than PREVIEW_TRUST from the base's (show the preview as it is then). `hours`: the simulated hours (bounds the
 * hour counts). All three records from runs with the same weather and hours; `preview` and `previewBase` at
 * the same coarse step.
 */
export function correctPreviewKpis(
  preview: Kpis,
  exactBase: Kpis,
  previewBase: Kpis,
  hours: number,
): Kpis | undefined {
  if (moved(preview, previewBase) > PREVIEW_TRUST) return undefined;
  const p = preview as unknown as Numeric;
  const e = exactBase as unknown as Numeric;
  const b = previewBase as unknown as Numeric;
  const out: Numeric = {};
  for (const id of Object.keys(p)) {
    const v = p[id]!;
    const ev = numberIn(e, id);
    const bv = numberIn(b, id);
    if (typeof v !== 'number' || ev === undefined || bv === undefined || OWN.has(id)) {
      out[id] = v;
      continue;
    }
    const nonNegative = NON_NEGATIVE.test(id) && !SIGNED.has(id);
    const c = v + (ev - bv);
    out[id] = !Number.isFinite(c) ? v : nonNegative ? Math.max(0, c) : c;
  }
  for (const id of ['unmetHours', 'coldHours']) {
    if (typeof out[id] === 'number') out[id] = Math.min(hours, Math.round(out[id]));
  }
  if (typeof out.minerUptime === 'number') out.minerUptime = Math.min(1, out.minerUptime);
  closeLedger(out);
  return out as unknown as Kpis;
}

/**
 * The preview's warnings without those its corrected KPIs contradict: "the greenhouse was colder than its
 * set-point" (warnings.ts `greenhouse-too-cold`, from the unmet hours) when no unmet hour is left after the
 * correction. A one-hour step lets the air lag the set-point in hours the exact year heats on time (the
 * pilot's raw preview: 10–15 such hours, the exact year none); without this the strip would say so until the
 * year arrives. Other warnings come from the preview's hourly series and stay as they are.
 */
export function previewWarnings<W extends { code: string }>(warnings: readonly W[], corrected: Kpis): W[] {
  return warnings.filter((w) => !(w.code === 'greenhouse-too-cold' && corrected.unmetHours === 0));
}

/** A scenario run both ways: its preview's KPIs and its exact year's. */
export interface PreviewAnchor {
  coarse: Kpis;
  exact: Kpis;
}

/**
 * The preview's distance to an anchor's preview: the relative differences of the greenhouse heat demand and of
 * the miner heat delivered, combined (Euclidean), each relative to the preview's own figure (at least 1 MWh).
 */
export function previewDistance(preview: Kpis, other: Kpis): number {
  const rel = (id: 'greenhouseHeatDemand_MWh' | 'heatToGreenhouse_MWh') =>
    (other[id] - preview[id]) / Math.max(1, Math.abs(preview[id]));
  return Math.hypot(rel('greenhouseHeatDemand_MWh'), rel('heatToGreenhouse_MWh'));
}

/**
 * The preview corrected from the anchor whose preview is nearest to it (previewDistance; the first of equals),
 * with that anchor's index; undefined without anchors or when that anchor does not trust the edit (PREVIEW_TRUST).
 */
export function correctFromNearest(
  preview: Kpis,
  anchors: readonly PreviewAnchor[],
  hours: number,
): { kpis: Kpis; anchor: number } | undefined {
  const [best] = twoNearest(preview, anchors);
  if (best < 0) return undefined;
  const kpis = correctPreviewKpis(preview, anchors[best]!.exact, anchors[best]!.coarse, hours);
  return kpis ? { kpis, anchor: best } : undefined;
}

/**
 * The preview corrected by the discrepancy δ = K_exact − K_coarse interpolated between its two nearest anchors
 * (previewDistance): with A the nearest and B the next, δ = (1 − t)·δ_A + t·δ_B, t the preview's projection on
 * the segment from A to B in the distance's plane, clamped to [0, 1] — so t ≤ ½ (A is the nearer), and t = 0
 * behind A or with one anchor (then as `correctFromNearest`). A piecewise-linear discrepancy instead of the
 * nearest one's constant (Kennedy & O'Hagan 2000 model δ as a Gaussian process over the inputs; here over the
 * preview's heat demand and heat delivered, between two points). B takes part only when it trusts the preview
 * too (PREVIEW_TRUST). For `heat-twin sweep --quick`, whose anchors spread over the sweep: on 1,000 night
 * set-points of the pilot (160 estimates against their exact years, an anchor in 25) the largest error of the
 * backup heat 0.95 → 0.28 %, of the heat demand 0.088 → 0.033 % (bench/HISTORY.md, thirty-fifth session). The
 * app keeps the nearest base's correction (it names the base it corrected from). Returns the nearest anchor's
 * index; undefined as `correctFromNearest`.
 */
export function correctBetweenNearest(
  preview: Kpis,
  anchors: readonly PreviewAnchor[],
  hours: number,
): { kpis: Kpis; anchor: number } | undefined {
  const [a, b] = twoNearest(preview, anchors);
  if (a < 0) return undefined;
  const A = anchors[a]!;
  const B = b >= 0 ? anchors[b] : undefined;
  const t = B && moved(preview, B.coarse) <= PREVIEW_TRUST ? segmentShare(preview, A.coarse, B.coarse) : 0;
  const kpis =
    B && t > 0
      ? correctPreviewKpis(preview, blend(A.exact, B.exact, t), blend(A.coarse, B.coarse, t), hours)
      : correctPreviewKpis(preview, A.exact, A.coarse, hours);
  return kpis ? { kpis, anchor: a } : undefined;
}

/**
 * The anchors whose previews are nearest and next nearest to `preview` (previewDistance; the first of equals
 * first); −1: none.
 */
function twoNearest(preview: Kpis, anchors: readonly PreviewAnchor[]): [number, number] {
  let a = -1;
  let b = -1;
  let dA = Number.POSITIVE_INFINITY;
  let dB = Number.POSITIVE_INFINITY;
  anchors.forEach((x, i) => {
    const d = previewDistance(preview, x.coarse);
    if (d < dA) {
      [b, dB, a, dA] = [a, dA, i, d];
    } else if (d < dB) {
      b = i;
      dB = d;
    }
  });
  return [a, b];
}

/** The projection of p on the segment from a to b in previewDistance's plane (relative to p), in [0, 1]. */
function segmentShare(p: Kpis, a: Kpis, b: Kpis): number {
  const rel = (k: Kpis, id: 'greenhouseHeatDemand_MWh' | 'heatToGreenhouse_MWh') =>
    (k[id] - p[id]) / Math.max(1, Math.abs(p[id]));
  const ax = rel(a, 'greenhouseHeatDemand_MWh');
  const ay = rel(a, 'heatToGreenhouse_MWh');
  const vx = rel(b, 'greenhouseHeatDemand_MWh') - ax;
  const vy = rel(b, 'heatToGreenhouse_MWh') - ay;
  const len2 = vx * vx + vy * vy;
  const t = len2 > 0 ? -(ax * vx + ay * vy) / len2 : 0;
  return Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
}

/** (1 − t)·x + t·y for each KPI that is a number in both; x's own value otherwise. */
function blend(x: Kpis, y: Kpis, t: number): Kpis {
  const X = x as unknown as Numeric;
  const out: Numeric = {};
  for (const id of Object.keys(X)) {
    const u = X[id]!;
    const v = numberIn(y as unknown as Numeric, id);
    out[id] = typeof u === 'number' && v !== undefined ? (1 - t) * u + t * v : u;
  }
  return out as unknown as Kpis;
}

/** The record's own value of `id` when it is a number. */
function numberIn(r: Numeric, id: string): number | undefined {
  const v = Object.hasOwn(r, id) ? r[id] : undefined;
  return typeof v === 'number' ? v : undefined;
}

/** The larger relative change of the greenhouse heat demand and the miner heat to the greenhouse from b to p. */
function moved(p: Kpis, b: Kpis): number {
  let m = 0;
  for (const id of ['greenhouseHeatDemand_MWh', 'heatToGreenhouse_MWh'] as const) {
    const d = Math.abs(p[id] - b[id]);
    if (d > 0) m = Math.max(m, b[id] > 0 ? d / b[id] : Number.POSITIVE_INFINITY);
  }
  return m;
}

/**
 * The ledger's totals from their corrected (and clipped) parts, in the order the parts feed them (AI racks →
 * heat pump → greenhouse demand; coolant → recovered heat → miner electricity), and the ratios formed again.
 * Without a clip every identity already holds (each is linear and holds in all three runs); a clip moves its
 * total with it.
 */
function closeLedger(k: Numeric): void {
  const n = (id: string): number => (typeof k[id] === 'number' ? k[id] : 0);
  const hpSource = n('heatPumpSourceHeat_MWh');
  const hpElec = n('heatPumpElectricity_MWh');
  k.aiItElectricity_MWh = hpSource + n('aiHeatRejected_MWh') + n('aiHeatToAir_MWh');
  const hpHeat = Math.max(0, hpSource + hpElec - n('heatPumpCyclingLoss_MWh'));
  k.heatPumpHeat_MWh = hpHeat;
  k.heatPumpCyclingLoss_MWh = hpSource + hpElec - hpHeat;
  const demandBefore = n('greenhouseHeatDemand_MWh');
  const toGh = n('heatToGreenhouse_MWh');
  const backup = n('backupHeat_MWh');
  const unmet = n('unmetHeat_MWh');
  const demand = toGh + hpHeat + backup + unmet;
  k.greenhouseHeatDemand_MWh = demand;
  if (demandBefore > 0 && typeof k.heatDemandPerArea_GJm2 === 'number') {
    k.heatDemandPerArea_GJm2 *= demand / demandBefore;
  }
  const recovered = toGh + n('heatRejected_MWh') + n('tankLoss_MWh') + n('tankStorageChange_MWh');
  k.heatRecovered_MWh = recovered;
  const elec = recovered + n('minerHeatToAir_MWh');
  k.minerElectricity_MWh = elec;
  k.heatCoverage = heatCoverage(toGh, hpHeat, backup, unmet, demand);
  const input = elec + n('auxiliaryElectricity_MWh') + n('aiItElectricity_MWh') + hpElec;
  k.energyReuseFactor = input > 0 ? (toGh + hpHeat) / input : 0;
  k.heatPumpCop = hpElec > 0 ? hpHeat / hpElec : 0;
}

/** Euclidean distance of two points of the same dimension. */
function dist(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i]! - b[i]!) ** 2;
  return Math.sqrt(s);
}

/**
 * `count` of the candidates (indices into `points`), each the farthest from the ones taken so far and from
 * `start` (farthest-point clustering, Gonzalez 1985, Theor. Comput. Sci. 38 293–306): spread over the range a
 * sweep covers, for the anchors of `heat-twin sweep --quick` and the order the Sweep tab refines its estimates
 * in. A candidate on `start` or on one taken is never taken.
 */
export function farthestPoints(
  points: readonly (readonly number[])[],
  start: readonly number[],
  count: number,
): number[] {
  const near = points.map((p) => dist(p, start));
  const out: number[] = [];
  for (let k = 0; k < Math.min(count, points.length); k++) {
    let best = -1;
    for (let i = 0; i < points.length; i++)
      if (near[i]! > 0 && (best < 0 || near[i]! > near[best]!)) best = i;
    if (best < 0) break; // every candidate sits on an anchor already
    out.push(best);
    for (let i = 0; i < points.length; i++) near[i] = Math.min(near[i]!, dist(points[i]!, points[best]!));
  }
  return out;
}
