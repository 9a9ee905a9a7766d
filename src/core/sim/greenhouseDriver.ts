/**
 * The greenhouse side of a step: the mixing valve (asks the greenhouse model for the pipe inlet temperature
 * that brings the air to its set-point over the control horizon, limited by the supply temperature), the
 * linearly-implicit greenhouse step, and repeating that step for a given heat when the plant or the primary
 * loop cannot give what the valve asked for.
 */
import { ZERO_CELSIUS } from '../errors';
import {
  GH,
  GH_TEMPERATURES,
  GreenhouseStepOutput,
  type GreenhouseInputs,
  type GreenhouseModel,
  greenhouseInputs,
  HeatDemandOutput,
  heatDemand,
  initialState,
  PIPE_INLET_RANGE,
  stepAsDemanded,
  stepGreenhouse,
} from '../greenhouse';
import { type BelowResult, searchBelow } from '../numerics/searchBelow';
import { CONTROL_HORIZON } from './controls';
import { loopLimits } from './loopLimit';
import { SHORT_BY } from './kpis';
import type { ScreenTrail } from './types';

/** Highest pipe inlet temperature of the shadow greenhouse, K: the greenhouse model's highest (150 °C). */
const IDEAL_MAX_INLET = PIPE_INLET_RANGE.max;
/** Relative tolerance of a repeated step's heat. */
const REDO_TOL = 1e-13;
/**
 * The shadow greenhouse is dropped (it becomes the real one again) once every temperature of the real one is
 * within this of the shadow's, K. Until then a shortfall's deficit is not demanded again by a shadow restarted
 * from the cold real state. An engineering choice: the pilot's year gives 3 / 4 / 10 unmet hours (0.6 / 1.0 /
 * 1.9 MWh, demand within 0.02 %) at 0.1 / 0.3 / 1 K; a smaller value runs the shadow longer (331 / 169 / 116
 * shadow steps of 36,384).
 */
const SHADOW_RESYNC = 0.3;

export class GreenhouseDriver {
  /** State vector (sized by the model: `initialState`). */
  readonly state: Float64Array;
  /** The state at the start of the current step (to repeat it). */
  private readonly saved: Float64Array;
  readonly out = new GreenhouseStepOutput();
  readonly demand = new HeatDemandOutput();
  readonly inp: GreenhouseInputs = greenhouseInputs({
    outdoorT: ZERO_CELSIUS,
    skyT: ZERO_CELSIUS,
    windSpeed: 0,
    solarOnCover: 0,
    pipeInletT: ZERO_CELSIUS,
    pipeMassFlow: 0,
    screenClosed: undefined,
    ventOpening: undefined,
    isDay: false,
  });
  /** Heat the valve asked for in the current step (≥ 0), W. */
  requested = 0;
  /** What kept the valve from giving what it asked for in this step (SHORT_BY.supply, .loop bits; 0: nothing). */
  limitedBy = 0;
  /** The supply temperature or the primary loop kept the valve from giving what it asked for. */
  get limited(): boolean {
    return this.limitedBy !== 0;
  }
  /** Shadow greenhouse state held at the set-point (see `idealDemand`). */
  private readonly ideal: Float64Array;
  /** The shadow's state at the start of its step (to step again with the valve shut). */
  private readonly idealStart: Float64Array;
  private idealRunning = false;
  private readonly idealDemandOut = new HeatDemandOutput();
  private readonly idealOut = new GreenhouseStepOutput();
  /** Inlet temperature before the valve was shut by a repeat, K. */
  private openInlet = 323.15;
  /**
   * The valve was shut through the last step (no heat asked for): at steps as long as the valve's horizon the
   * next tries the step shut before any demand solve (`shutFirst`).
   */
  private wasShut = false;
  /** Screen roots to start from and to record, and this step's index in them (`followTrail`). */
  private trail: ScreenTrail | undefined;
  private trailIx = 0;
  /** Inlet temperature given to the demand solve (only its flow matters), K. */
  private railInletGuess = 323.15;
  /** The repeated step's trial at an inlet temperature, for `searchBelow` (time step in `trialDt`). */
  private trialDt = 0;
  private readonly trial = (t: number): number => this.stepAt(t, this.trialDt);
  private readonly below: BelowResult = {
    x: 0,
    fx: 0,
    above: 0,
    fAbove: 0,
    lastAtX: false,
    evaluations: 0,
  };
  /**
   * dQ/dT_inlet of the last repeat, W/K: the chord from its search's start to its result (0 before the first).
   * It changes little from one repeat to the next, in a step and from step to step.
   */
  private slope = 0;

  constructor(
    readonly model: GreenhouseModel,
    initialAirT: number,
    /** Heating-rail water flow when the valve is open, kg/s. */
    readonly railFlow: number,
  ) {
    this.state = initialState(model, initialAirT);
    this.saved = new Float64Array(this.state.length);
    this.ideal = new Float64Array(this.state.length);
    this.idealStart = new Float64Array(this.state.length);
  }

  /**
   * Start each valve step's screen search from `trail.follow`'s root of the same step (when it has one) and
   * record this run's in `trail.recorded` (`steps` long). Continuation along a sweep: a neighbouring case's
   * root of the same step is a far better first guess than this run's root of the step before (at one-hour
   * steps on the pilot, 0.004 K apart in night set-point: demand-solve trials 14,237 → 6,392). The search and
   * its tolerance are unchanged, but a year's KPIs depend on its searches' first guesses beyond that
   * tolerance (the controllers' kinks pass small differences on: the same year with each step starting from
   * its own root an hour before moved the exact year's heat demand 6.5e-5 and backup heat 9.4e-4), so a
   * followed run agrees with an unfollowed one to that order, not to the bit (bench/HISTORY.md, thirty-fifth
   * session).
   */
  followTrail(trail: ScreenTrail, steps: number): void {
    this.trail = trail;
    trail.recorded = new Float64Array(steps).fill(Number.NaN);
  }

  /**
   * The heat holding the set-point needs in this step (EnergyPlus "ideal loads"): a shadow greenhouse with the
   * same valve controller that always gets the heat its valve asks for, with an unlimited supply temperature.
   * While the real greenhouse gets what it asks for, the shadow is the real state; once a shortfall starts the
   * shadow runs on by itself (one demand solve and one step per step) until the real greenhouse has caught up
   * with it (`endStep`), so a deficit left by the shortfall is not demanded again when the next one starts.
   * Returns the shadow's water heat, W ≥ 0. Call after the real step, before `endStep`.
   */
  idealDemand(setpoint: number, dt: number): number {
    const inp = this.inp;
    const flow = inp.pipeMassFlow;
    const inlet = inp.pipeInletT;
    if (!this.idealRunning) this.ideal.set(this.saved);
    this.idealRunning = true;
    inp.pipeMassFlow = this.railFlow;
    inp.pipeInletT = this.railInletGuess;
    const d = heatDemand(
      this.model,
      this.ideal,
      inp,
      setpoint,
      Math.max(CONTROL_HORIZON, dt),
      this.idealDemandOut,
    );
    let q = 0;
    if (d.waterHeat > 0 && Number.isFinite(d.pipeInletT)) {
      // Unlimited supply up to the greenhouse model's range of pipe water (150 °C).
      inp.pipeInletT = Math.min(d.pipeInletT, IDEAL_MAX_INLET);
      this.idealStart.set(this.ideal);
      if (d.pipeInletT <= IDEAL_MAX_INLET && dt >= CONTROL_HORIZON)
        stepAsDemanded(this.model, this.ideal, inp, dt, this.idealOut);
      else stepGreenhouse(this.model, this.ideal, inp, dt, this.idealOut);
      q = this.idealOut.pipeWaterHeat;
      if (!(q > 0)) this.ideal.set(this.idealStart); // the valve shuts instead: step again from the start
    }
    if (!(q > 0)) {
      inp.pipeMassFlow = 0;
      inp.pipeInletT = d.pipeMeanT;
      stepGreenhouse(this.model, this.ideal, inp, dt, this.idealOut);
      q = 0;
    }
    inp.pipeMassFlow = flow;
    inp.pipeInletT = inlet;
    return q;
  }

  /** Whether the shadow greenhouse runs apart from the real one (from a shortfall until the real catches up). */
  get shadowRunning(): boolean {
    return this.idealRunning;
  }

  /**
   * End of a step that got what it asked for: the shadow greenhouse becomes the real one again once every
   * temperature of the real one is within SHADOW_RESYNC of the shadow's.
   */
  endStep(): void {
    if (!this.idealRunning) return;
    const a = this.state;
    const b = this.ideal;
    for (let i = 0; i < GH_TEMPERATURES; i++) if (Math.abs(a[i]! - b[i]!) > SHADOW_RESYNC) return;
    this.idealRunning = false;
  }

  /**
   * Valve and step: the inlet temperature that holds `setpoint`, capped by `supplySet`; a step; the valve shut
   * when the supply is colder than the pipes; the step limited to what the primary loop (capacity rate `cB`,
   * W/K, or W/(m²·K) for a model per m² of floor) can bring. Returns the heat the pipe water gave, W (or W/m²:
   * the driver's heats are in the model's, setup.ts `greenhousePerArea`). At one-hour steps an hour after one
   * with the valve shut is first stepped shut (`shutFirst`).
   */
  valveStep(setpoint: number, supplySet: number, cB: number, dt: number): number {
    const inp = this.inp;
    const gh = this.model;
    this.railInletGuess = supplySet;
    this.limitedBy = 0;
    const trail = this.trail;
    const from = trail?.follow?.[this.trailIx];
    if (from !== undefined && from >= 0) gh.demandScreenGuess = from;
    if (!(this.wasShut && dt >= CONTROL_HORIZON && this.shutFirst(setpoint, dt)))
      this.demandAndStep(setpoint, supplySet, dt);
    if (this.out.pipeWaterHeat < 0) {
      // Supply colder than the pipes: the valve closes instead.
      this.state.set(this.saved);
      inp.pipeMassFlow = 0;
      stepGreenhouse(gh, this.state, inp, dt, this.out);
    }
    let q = this.out.pipeWaterHeat; // 0 W exactly with the valve shut (no flow, ṁ·c_p = 0)
    // The primary loop cannot bring more than ṁ_B·cp·(T_supply − T_rail,out): its return is never colder
    // than the rail's. Limit the step to that.
    for (let it = 0; it < 4 && loopLimits(q, cB, supplySet, this.out.pipeOutletT); it++) {
      this.limitedBy |= SHORT_BY.loop;
      q = this.redoStep(Math.max(0, cB * (supplySet - this.out.pipeOutletT)), q, dt);
    }
    this.wasShut = this.requested === 0;
    if (trail?.recorded) trail.recorded[this.trailIx++] = gh.demandScreenGuess;
    return q;
  }

  /** The valve's demand solve, its inlet temperature capped by `supplySet` (or shut), and the step. */
  private demandAndStep(setpoint: number, supplySet: number, dt: number): void {
    const inp = this.inp;
    const gh = this.model;
    inp.pipeMassFlow = this.railFlow;
    inp.pipeInletT = supplySet;
    const d = heatDemand(gh, this.state, inp, setpoint, Math.max(CONTROL_HORIZON, dt), this.demand);
    // A positive demand means an inlet above the outlet (inlet = outlet + q/ṁc); a q below the outlet's last
    // bit leaves them equal: the step then moves round-off, and the caller shuts the valve if it is negative.
    if (d.waterHeat > 0) {
      inp.pipeInletT = Math.min(d.pipeInletT, supplySet);
      if (d.pipeInletT > supplySet) this.limitedBy = SHORT_BY.supply;
    } else {
      inp.pipeMassFlow = 0;
      inp.pipeInletT = d.pipeMeanT;
    }
    this.requested = Math.max(0, d.waterHeat);
    this.saved.set(this.state);
    // A step as long as the horizon that gets what the demand asked ends where the demand solve did.
    if (d.waterHeat > 0 && d.pipeInletT <= supplySet && dt >= CONTROL_HORIZON)
      stepAsDemanded(gh, this.state, inp, dt, this.out);
    else stepGreenhouse(gh, this.state, inp, dt, this.out);
  }

  /**
   * A step at least as long as the valve's horizon, after one with the valve shut: the step with the valve shut,
   * kept (returns true, nothing asked for) when its air ends at or above the set-point, which is when the
   * demand solve over the same horizon asks for no heat (the air's end temperature rises with the water's heat).
   * Else the state and the screen's guesses are put back (false): the caller solves the demand. On the pilot's
   * year at one-hour steps the valve is shut in 4,081 hours: 3,652 keep their shut step, 429 (the valve opening)
   * try it in vain; 40 % fewer demand solves, 6 % fewer instructions for the year. The two rules can disagree
   * where the air ends within the linearisation's error of the set-point (the shut step and the demand solve
   * take their vents and screen at different air temperatures): 3 of those hours ended above it shut while
   * the demand asked for heat (bench/HISTORY.md, thirty-fourth session). Only runs at the input's own one-hour
   * step take this path (SimulateOptions.coarse: the quick preview and `sweep --quick`): sub-steps are shorter
   * than the horizon, and their valve keeps its demand solve (a sub-step ending above the set-point says
   * nothing exact about the horizon's end).
   */
  private shutFirst(setpoint: number, dt: number): boolean {
    const inp = this.inp;
    const gh = this.model;
    const guess = gh.screenGuess;
    const demandGuess = gh.demandScreenGuess;
    this.saved.set(this.state);
    inp.pipeMassFlow = 0;
    inp.pipeInletT = this.state[GH.pipe]!; // no flow: only kept finite
    stepGreenhouse(gh, this.state, inp, dt, this.out);
    if (this.state[GH.air]! >= setpoint) {
      this.requested = 0;
      inp.pipeInletT = this.out.pipeMeanT;
      // the next step's screen search (shut or demanded) starts at this step's root, not at an older demand's
      gh.demandScreenGuess = gh.screenGuess;
      return true;
    }
    this.state.set(this.saved);
    gh.screenGuess = guess;
    gh.demandScreenGuess = demandGuess;
    return false;
  }

  /**
   * Repeat the current greenhouse step (from `saved`) so that the pipe water gives up `target` W instead of
   * `q1` W, never more (`searchBelow` over the inlet temperature; the heat is nearly affine in it, so a secant
   * along the last repeat's slope mostly lands at once). Returns the heat delivered.
   */
  redoStep(target: number, q1: number, dt: number): number {
    const inp = this.inp;
    const gh = this.model;
    if (target <= 0 || this.railFlow === 0) {
      if (inp.pipeMassFlow > 0) this.openInlet = inp.pipeInletT;
      this.state.set(this.saved);
      inp.pipeMassFlow = 0;
      stepGreenhouse(gh, this.state, inp, dt, this.out);
      return 0;
    }
    if (inp.pipeMassFlow === 0) {
      // The valve was shut by an earlier repeat: open it again at the last open inlet temperature.
      inp.pipeMassFlow = this.railFlow;
      inp.pipeInletT = Math.min(IDEAL_MAX_INLET, Math.max(this.openInlet, this.out.pipeMeanT + 1));
      this.state.set(this.saved);
      stepGreenhouse(gh, this.state, inp, dt, this.out);
      q1 = this.out.pipeWaterHeat;
    }
    // The highest inlet whose step gives at most `target` (the plant gave no more): secant steps, exact in one
    // for an affine step, bisecting when the vents, the screen or the condensation active set switch.
    // The first trial is the secant along the last repeat's slope (the heat is nearly affine in the inlet: the
    // plant's fixed point asks for one target after another, and the next step's slope is close), aimed at the
    // middle of the accepted band; without a slope yet, 10 K below.
    this.trialDt = dt;
    const x0 = inp.pipeInletT;
    const tol = REDO_TOL * Math.max(1, target);
    const first = this.slope > 0 ? x0 - (q1 - target + 0.5 * tol) / this.slope : Number.NaN;
    const r = searchBelow(
      this.trial,
      target,
      x0,
      q1,
      {
        step: 10,
        first: first !== x0 && Number.isFinite(first) ? first : x0 - 10,
        // never below the model's coldest inlet (a loop too small to matter searched down to −50 °C water)
        min: Math.max(PIPE_INLET_RANGE.min, this.out.pipeMeanT - 100),
        max: IDEAL_MAX_INLET,
        tol,
      },
      this.below,
    );
    const chord = (q1 - r.fx) / (x0 - r.x);
    if (chord > 0 && Number.isFinite(chord)) this.slope = chord;
    if (r.x === Number.NEGATIVE_INFINITY) return this.redoStep(0, r.fx, dt);
    const q = r.lastAtX ? r.fx : this.stepAt(r.x, dt);
    // "at most the target" admits a step whose pipes warm the water (a target of a few W against a pipe as warm
    // as the inlet that gives it: −0.007 W/m² in a one-hour step of the plant fuzz): the valve shuts instead, as
    // in valveStep, so the greenhouse never takes less than nothing while the plant counts 0 delivered
    if (q < 0) return this.redoStep(0, q, dt);
    return q;
  }

  /** Repeat the step from `saved` with inlet temperature t; the water heat, W. */
  private stepAt(t: number, dt: number): number {
    this.inp.pipeInletT = t;
    this.state.set(this.saved);
    stepGreenhouse(this.model, this.state, this.inp, dt, this.out);
    return this.out.pipeWaterHeat;
  }
}
