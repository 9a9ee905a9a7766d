/**
 * The dry cooler's control signal u that rejects a given duty at the miner loop's set-point: the valve's share of
 * the flow (0–1) or 1 + the fan speed (1–2), each solved to DC_TOL of its range. Three ways in, cheapest first:
 * from the previous step's conductance and slope (`heldPredicted`; the valve's regime first in 1/u and 1/duty,
 * `heldValve`), in a narrow bracket around the previous signal (`heldNearPrevious`), and over a regime's whole
 * range (`dcSignal`). The duty itself is the need exactly either way; the signal sets only the flow share and the
 * fan power.
 */
import { brent } from '../numerics/roots';
import type { Work } from './work';

/** Half-width of the warm-start bracket of the dry-cooler control signal around its previous value. */
const DC_WARM = 0.02;
/**
 * Tolerance of the dry-cooler control signal (0.2 % of its range; fan power ∝ speed³ then within 0.6 %):
 * a bracket this wide holds every point within it of the root.
 */
const DC_TOL = 2e-3;

/** Brackets of width DC_TOL `heldPredicted` tries before the long way. */
const DC_TRIES = 3;

/**
 * Steps `heldPredicted` may answer from one evaluation with the slope dG/du last measured (a bracket measures
 * it again after this many): two hours of 15-min steps.
 */
const DC_SLOPE_AGE = 8;
/** The Newton step (a share of DC_TOL) up to which one evaluation answers (`heldPredicted`). */
const DC_ONE_STEP = 0.25;
/** Secant steps `heldPredicted` takes after the predicted signal's evaluation before its brackets. */
const DC_SECANTS = 3;

/**
 * The common case in a bracket of width DC_TOL: the previous signal u₀ moved along the cooler's conductance
 * G = need/(T_in − T_amb), the duty's driving difference taken out, with the slope dG/du of the previous solve:
 * u* = u₀ + (G − G₀)/(dG/du). Where the duty at u* ± DC_TOL/2 brackets `need` (monotone duty, one regime:
 * valve (0, 1) or fans (1, 2)), the root lies in that bracket and its chord's root is returned — within DC_TOL
 * of it, as the Brent solve's answer is. Where it does not, a Newton step from the end evaluated last (with the
 * bracket's chord as the slope when both ends were evaluated) centres the next bracket. On the Manitoba year the
 * prediction's error has a median of 9e-5 with the fans and 1.2e-3 on the valve (the previous signal alone:
 * 1e-3 and 1.1e-2). Returns false (having set nothing the long way reads) after DC_TRIES brackets.
 *
 * Before the brackets, one evaluation: the duty at u*, and the Newton step δ = −(duty − need)/slope with the
 * last measured slope. Where |δ| ≤ DC_ONE_STEP·DC_TOL, u* + δ is the answer: the root is u* − (duty −
 * need)/s for the duty's true slope s somewhere between (mean-value theorem), so the answer is off by
 * |δ|·|1 − slope/s|, within DC_TOL/4 while the slope used is within a factor two of s and within DC_TOL while it
 * is within a factor five. That slope is at most DC_SLOPE_AGE steps old (a bracket measures it again, as its
 * chord). Where δ is longer, up to DC_SECANTS secant steps follow (the duty at u* + δ, the slope now the chord
 * through the last two evaluations, a fresh measurement), each answering on the same test; a step that leaves
 * the regime or a chord that does not rise hands over to the brackets, centred on the last Newton step. On the
 * pilot's year the one evaluation took the fans' 2.28 evaluations per solve to 1.52 and the valve's 4.60 to
 * 4.47; the secant steps take all solves' 2.19 to 1.86 at 15-min steps and 3.20 to 2.65 at one-hour steps (the
 * quick preview's, where the conductance's slope held from an hour before is further off).
 */
export function heldPredicted(w: Work, tA3: number, need: number): boolean {
  const prev = w.uPrev;
  const dT = tA3 - w.dcIn.ambientT;
  if (!(w.dgPrev > 0 && dT > 0)) return false;
  const fans = prev > 1;
  const lo = fans ? 1 : 0;
  const hi = fans ? 2 : 1;
  const g = need / dT;
  let slope = w.dgPrev * dT; // d(duty)/du, W per unit signal
  let u = prev + (g - w.gPrev) / w.dgPrev;
  w.dcA3 = tA3;
  w.dcNeed = need;
  if (!fans && w.slopeAge < DC_SLOPE_AGE && heldValve(w, tA3, need, dT)) return true;
  if (w.slopeAge < DC_SLOPE_AGE && u - DC_TOL > lo && u + DC_TOL < hi) {
    let f = w.dcResidual(u);
    let du = -f / slope;
    let age = w.slopeAge + 1;
    for (let k = 0; ; k++) {
      if (Math.abs(du) <= DC_ONE_STEP * DC_TOL) {
        held(w, fans, need, u + du);
        keepSignal(w, tA3, need, w.u, slope, age);
        return true;
      }
      const u1 = u + du;
      if (k === DC_SECANTS || !(u1 - DC_TOL > lo && u1 + DC_TOL < hi)) break;
      const f1 = w.dcResidual(u1);
      const s1 = (f1 - f) / (u1 - u);
      if (!(s1 > 0)) break;
      u = u1;
      f = f1;
      slope = s1;
      du = -f1 / s1;
      age = 0;
    }
    u += du;
  }
  for (let t = 0; t < DC_TRIES; t++) {
    const a = u - 0.5 * DC_TOL;
    const b = u + 0.5 * DC_TOL;
    if (!(a > lo && b < hi)) return false;
    const fa = w.dcResidual(a);
    if (!(fa < 0)) {
      u = a - fa / slope;
      continue;
    }
    const fb = w.dcResidual(b);
    slope = (fb - fa) / (b - a);
    if (!(fb >= 0)) {
      u = b - fb / slope;
      continue;
    }
    held(w, fans, need, a + (b - a) * (-fa / (fb - fa)));
    keepSignal(w, tA3, need, w.u, slope);
    return true;
  }
  return false;
}

/**
 * The valve's regime (fans stopped) solved where its duty is nearly a straight line. With the air side's
 * conductance fixed, the cooler's conductance G = duty/(T_in − T_amb) rises with the flow share u and saturates
 * at the air side's, much as two conductances in series do: 1/G ≈ 1/(a·u) + 1/b, the water's capacity rate
 * ∝ u against the air side's (the ε-NTU crossflow cooler tends to G = u·ṁ·c_p at small flows and to ε·C_air
 * at large ones; Incropera & DeWitt, Fundamentals of Heat and Mass Transfer 6th ed., §11.4 and Table 11.3).
 * So in v = 1/u and y = 1/duty the duty's curve is nearly a line, where in u it bends by orders of magnitude
 * (the pilot's d(duty)/du falls from ≈ 1e7 to 1e5 W per unit share between u ≈ 0.04 and 0.64) and secants in
 * u creep.
 *
 * The previous solve's (u₀, G₀, G'₀ = dG/du) fix that line: 1/G = v/a + 1/b with a = G₀²/(G'₀·u₀²) and 1/b = (G₀ −
 * G'₀·u₀)/G₀² (where G rises faster than in proportion to u, 1/b < 0: still the tangent in (v, y)). The first
 * evaluation is at u* = 1/(a·(1/G − 1/b)), G = need/(T_in − T_amb), and the Newton steps are taken in (v, y): the
 * first with that line's slope 1/(a·(T_in − T_amb)), each later one with the chord through the last two evaluations
 * (up to DC_SECANTS of them). The step's image in u, δu, answers when |δu| ≤ DC_ONE_STEP·DC_TOL: the answer is off
 * by |δu|·|1 − slope/s|·u_root/u_last (s the true slope of y in v between; the mean-value argument of
 * `heldPredicted`, carried through u = 1/v), within DC_TOL/2 while the slope is within a factor two of s (u >
 * DC_TOL here, so u_root/u_last < 1.5). The slope kept for the next step is the slope's image, dG/du =
 * slope·need²/(u²·(T_in − T_amb)). Returns false (the linear way in u follows, which evaluates again) where the
 * need is past the line's saturation (1/G ≤ 1/b), a step leaves the regime, a chord does not rise or the steps run
 * out. On the pilot's year this takes the dry cooler's evaluations per plant solve from 2.65 to 2.35 at one-hour
 * steps and from 1.86 to 1.60 at 15-min steps (the large glasshouse's 2.50 → 2.28 and 2.16 → 2.07).
 */
function heldValve(w: Work, tA3: number, need: number, dT: number): boolean {
  const u0 = w.uPrev;
  const g0 = w.gPrev;
  const gp = w.dgPrev;
  if (!(u0 > 0)) return false;
  const a = (g0 * g0) / (gp * u0 * u0);
  const ib = (g0 - gp * u0) / (g0 * g0);
  const d = dT / need - ib; // 1/G − 1/b
  if (!(d > 0)) return false;
  let v = a * d;
  let u = 1 / v;
  if (!(u - DC_TOL > 0 && u + DC_TOL < 1)) return false;
  const yT = 1 / need;
  let slope = 1 / (a * dT); // dy/dv
  let y = 1 / (need + w.dcResidual(u));
  let age = w.slopeAge + 1;
  for (let k = 0; ; k++) {
    const v1 = v + (yT - y) / slope;
    const u1 = 1 / v1;
    if (Math.abs(u1 - u) <= DC_ONE_STEP * DC_TOL) {
      held(w, false, need, u1);
      keepSignal(w, tA3, need, u1, (slope * need * need) / (u1 * u1), age);
      return true;
    }
    if (k === DC_SECANTS || !(u1 - DC_TOL > 0 && u1 + DC_TOL < 1)) return false;
    const y1 = 1 / (need + w.dcResidual(u1));
    const s1 = (y1 - y) / (v1 - v);
    if (!(s1 > 0)) return false;
    v = v1;
    u = u1;
    y = y1;
    slope = s1;
    age = 0;
  }
}

/** The dry cooler takes `need` in its valve or fan regime at signal u. */
function held(w: Work, fans: boolean, need: number, u: number): void {
  w.mode = fans ? 'fans' : 'valve';
  w.qDcHeld = need;
  w.u = u;
}

/**
 * The signal u solved for duty `need` at inlet tA3, with the duty's slope in the signal there (W per unit signal),
 * kept for the next step as the conductance G = need/(T_in − T_amb) and its slope dG/du; `age`: steps since that
 * slope was measured (0: measured by this solve).
 */
function keepSignal(w: Work, tA3: number, need: number, u: number, slope: number, age = 0): void {
  const dT = tA3 - w.dcIn.ambientT;
  w.uPrev = u;
  w.gPrev = need / dT;
  w.dgPrev = slope / dT;
  w.slopeAge = age;
}

/**
 * The common case, decided without the duties at the ends of the signal's range: the previous step's signal
 * u₀ lies inside one regime (valve (0, 1) or fans (1, 2)) with u₀ ± DC_WARM inside it too, and the duty `need`
 * lies between the duties there. The duty rises monotonically with the signal, so `need` then lies between
 * the regime's end duties as well: the mode is that regime's and the signal is solved in the narrow bracket —
 * the same mode, bracket and Brent steps `solveMinerLoop` reaches the long way, two dry-cooler evaluations
 * fewer. Returns false (having set nothing) when the case does not apply. A signal exactly at a regime's
 * lower end (a zero residual there) is left to the long way, which decides the mode from the end duty.
 */
export function heldNearPrevious(w: Work, tA3: number, need: number): boolean {
  const prev = w.uPrev;
  const fans = prev > 1;
  const a = prev - DC_WARM;
  const b = prev + DC_WARM;
  if (!(a > (fans ? 1 : 0) && b < (fans ? 2 : 1))) return false;
  w.dcA3 = tA3;
  w.dcNeed = need;
  const fa = w.dcResidual(a);
  w.warmA = a;
  w.warmFa = fa;
  if (!(fa < 0 || (fa === 0 && !fans))) return false;
  const fb = w.dcResidual(b);
  w.warmB = b;
  w.warmFb = fb;
  if (!(fb >= 0)) return false;
  const u = brent(
    w.dcResidual,
    a,
    b,
    DC_TOL,
    fans ? 'dry-cooler fan speed' : 'dry-cooler valve',
    fa,
    fb,
    w.root2,
  ).x;
  held(w, fans, need, u);
  keepSignal(w, tA3, need, u, (fb - fa) / (b - a));
  return true;
}

/**
 * The dry-cooler control signal in [lo, hi] whose duty is `need` (to 2e-3 of the signal's range): first in a
 * narrow bracket around the previous step's signal (the operating point moves little between steps), else
 * over the whole range. No closure per call (the residual reads w.dcA3 / w.dcNeed).
 */
export function dcSignal(
  w: Work,
  tA3: number,
  need: number,
  lo: number,
  hi: number,
  fLo: number,
  fHi: number,
  what: string,
): number {
  w.dcA3 = tA3;
  w.dcNeed = need;
  const prev = w.uPrev;
  let a = lo;
  let b = hi;
  let fa = fLo;
  let fb = fHi;
  if (prev > lo && prev < hi) {
    const a1 = Math.max(lo, prev - DC_WARM);
    const b1 = Math.min(hi, prev + DC_WARM);
    // (ends `heldNearPrevious` already evaluated at this inlet and duty are reused)
    const fa1 = a1 === lo ? fLo : a1 === w.warmA ? w.warmFa : w.dcResidual(a1);
    if (fa1 <= 0) {
      const fb1 = b1 === hi ? fHi : b1 === w.warmB ? w.warmFb : w.dcResidual(b1);
      if (fb1 >= 0) {
        a = a1;
        fa = fa1;
        b = b1;
        fb = fb1;
      } else {
        a = b1;
        fa = fb1;
      }
    } else {
      b = a1;
      fb = fa1;
    }
  }
  const u = brent(w.dcResidual, a, b, DC_TOL, what, fa, fb, w.root2).x;
  keepSignal(w, tA3, need, u, (fb - fa) / (b - a));
  return u;
}
