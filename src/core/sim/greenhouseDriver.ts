/**
 * The greenhouse side of a step: the mixing valve (asks the greenhouse model for the pipe inlet temperature
 * that brings the air to its set-point over the control horizon, limited by the supply temperature), the
 * linearly-implicit greenhouse step, and repeating that step for a given heat when the plant or the primary
 * loop cannot give what the valve asked for.
 */
import {
  GreenhouseStepOutput,
  type GreenhouseInputs,
  type GreenhouseModel,
  HeatDemandOutput,
  heatDemand,
  initialState,
  stepGreenhouse,
} from '../greenhouse';
import { CONTROL_HORIZON } from './controls';

export class GreenhouseDriver {
  /** State vector (sized by the model: `initialState`). */
  readonly state: Float64Array;
  /** The state at the start of the current step (to repeat it). */
  private readonly saved: Float64Array;
  readonly out = new GreenhouseStepOutput();
  readonly demand = new HeatDemandOutput();
  readonly inp: GreenhouseInputs = {
    outdoorT: 273.15,
    skyT: 273.15,
    windSpeed: 0,
    solarOnCover: 0,
    pipeInletT: 273.15,
    pipeMassFlow: 0,
    screenClosed: undefined,
    ventOpening: undefined,
    isDay: false,
  };
  /** Heat the valve asked for in the current step (≥ 0), W. */
  requested = 0;

  constructor(
    readonly model: GreenhouseModel,
    initialAirT: number,
    /** Heating-rail water flow when the valve is open, kg/s. */
    private readonly railFlow: number,
  ) {
    this.state = initialState(model, initialAirT);
    this.saved = new Float64Array(this.state.length);
  }

  /**
   * Valve and step: the inlet temperature that holds `setpoint`, capped by `supplySet`; a step; the valve shut
   * when the supply is colder than the pipes; the step limited to what the primary loop (capacity rate `cB`,
   * W/K) can bring. Returns the heat the pipe water gave, W.
   */
  valveStep(setpoint: number, supplySet: number, cB: number, dt: number): number {
    const inp = this.inp;
    const gh = this.model;
    inp.pipeMassFlow = this.railFlow;
    inp.pipeInletT = supplySet;
    const d = heatDemand(gh, this.state, inp, setpoint, CONTROL_HORIZON, this.demand);
    if (d.waterHeat > 0 && d.pipeInletT > d.pipeOutletT) {
      inp.pipeInletT = Math.min(d.pipeInletT, supplySet);
    } else {
      inp.pipeMassFlow = 0;
      inp.pipeInletT = d.pipeMeanT;
    }
    this.requested = Math.max(0, d.waterHeat);
    this.saved.set(this.state);
    stepGreenhouse(gh, this.state, inp, dt, this.out);
    if (this.out.pipeWaterHeat < 0) {
      // Supply colder than the pipes: the valve closes instead.
      this.state.set(this.saved);
      inp.pipeMassFlow = 0;
      stepGreenhouse(gh, this.state, inp, dt, this.out);
    }
    let q = inp.pipeMassFlow > 0 ? this.out.pipeWaterHeat : 0;
    // The primary loop cannot bring more than ṁ_B·cp·(T_supply − T_rail,out): its return is never colder
    // than the rail's. Limit the step to that.
    for (let it = 0; it < 4 && q > cB * (supplySet - this.out.pipeOutletT) * (1 + 1e-9); it++) {
      q = this.redoStep(Math.max(0, cB * (supplySet - this.out.pipeOutletT)), q, dt);
    }
    return q;
  }

  /**
   * Repeat the current greenhouse step (from `saved`) so that the pipe water gives up `target` W instead of
   * `q1` W. For the linearised step the water heat is affine in the inlet temperature, so one trial step
   * at another inlet temperature gives the inlet that delivers `target`. Returns the heat delivered.
   */
  redoStep(target: number, q1: number, dt: number): number {
    const inp = this.inp;
    const gh = this.model;
    if (target <= 0 || inp.pipeMassFlow === 0) {
      this.state.set(this.saved);
      inp.pipeMassFlow = 0;
      stepGreenhouse(gh, this.state, inp, dt, this.out);
      return 0;
    }
    const t1 = inp.pipeInletT;
    const t2 = t1 - 10;
    this.state.set(this.saved);
    inp.pipeInletT = t2;
    stepGreenhouse(gh, this.state, inp, dt, this.out);
    const q2 = this.out.pipeWaterHeat;
    inp.pipeInletT = t2 + ((target - q2) * (t1 - t2)) / (q1 - q2);
    this.state.set(this.saved);
    stepGreenhouse(gh, this.state, inp, dt, this.out);
    return this.out.pipeWaterHeat;
  }
}
