/**
 * The annual simulation: hour by hour through a weather year (sub-hourly internal steps), how much of the
 * greenhouse's heat the miners cover, what the backup heater still supplies, what the dry cooler rejects,
 * and what every loop temperature does.
 *
 * Coupling and time integration (per internal step of `scenario.simulation.timeStep`, default 15 min; a step
 * longer than 15 min is taken in 15-min sub-steps, `MAX_INTERNAL_STEP` in run.ts, because the greenhouse step
 * is not accurate at 30-min and 1-h steps):
 *  1. Weather (weather/subHourly.ts): temperatures, dew point, sky temperature and wind are interpolated
 *     linearly between the EPW rows (values at the end of each hour; EnergyPlus Engineering Reference,
 *     "Weather Data Hourly Interpolation"); the light, an hour's mean, linearly between the middles of the
 *     hours, so it does not jump at the clock hour. Day/night from sunrise/sunset. Light into the greenhouse
 *     through the sloped, angle-dependent cover (`coverSolar`).
 *  2. Controls (controls.ts): heating set-point day/night (ramped over 2 h after sunrise/sunset); the thermal
 *     screen and vents by the greenhouse model's own GreenLight controller; supply temperature from the heating
 *     curve; the mixing valve asks the greenhouse model for the pipe inlet temperature that brings the air to
 *     its set-point over the next half hour or step (`heatDemand`), limited by the supply temperature.
 *  3. The greenhouse takes one linearly-implicit (backward-Euler) step (greenhouseDriver.ts; the model is
 *     src/core/greenhouse). A fixed step (not adaptive) keeps results bit-identical for the same scenario and
 *     makes the cost predictable; the step is a scenario input and must divide the hour.
 *  4. The plant (miner loop ↔ exchanger ↔ greenhouse loop, dry cooler, boiler) is algebraic at this time
 *     scale (loop transit times of minutes) and is solved to its steady operating point for the heat the
 *     greenhouse took in this step (dispatch.ts). If the backup heater at capacity cannot supply it, the
 *     heating circuit's valve is wide open and the greenhouse takes what the plant delivers; the greenhouse
 *     never receives heat the plant did not produce (closure to round-off, by construction).
 *  5. Buffer tank (when `bufferTank.volume` > 0): stratified, on the greenhouse loop. When the boiler would
 *     run and the tank top is warmer than the return, the tank discharges first (flow from its top, return
 *     into its bottom); when miner heat would be rejected, the exchanger is asked for more and the surplus
 *     charges the tank (exchanger water into the top, bottom water back) instead of the dry cooler. The tank
 *     is advanced implicitly (`stepTank`) and the plant re-solved for the heat the tank actually took or
 *     gave. Simplification: the tank's return mixes with the greenhouse return without changing the
 *     exchanger's inlet temperature.
 *  6. Demand and the heat ledger: `greenhouseHeatDemand` is what holding the set-point needs — the heat the
 *     pipes took while nothing limited them; from the first step the supply temperature, primary loop or
 *     backup limited them until the real greenhouse has caught up (every temperature within 0.3 K), a shadow
 *     greenhouse with the same valve and unlimited heat runs beside it (ideal loads), and a limited step's
 *     demand is the shadow's heat. Per clock hour the shortfall is integrated (a real greenhouse catching up
 *     later in the hour pays it back): demand = max(Σ demand, Σ delivered), unmetHeat = demand − delivered
 *     ≥ 0, so every hour demand = heatToGreenhouse + backupHeat + unmetHeat, and a deficit is not demanded
 *     again when the next shortfall starts. Outputs and the ledger: outputs.ts (OUTPUTS, HEAT_LEDGER); KPIs
 *     kpis.ts; warnings warnings.ts.
 * Each step's energy balances (miner loop, greenhouse loop, tank, greenhouse) close to round-off; the yearly sum
 * of their residuals is reported as `energyBalanceResidual`.
 *
 * Warm-up: the greenhouse starts from its steady state at the first step's weather with the air at its
 * set-point (Modelica's steady-state initialisation; `settle` in stepWeather.ts), and the first 14 days are run
 * twice (the first pass discarded), as EnergyPlus repeats its first day until the zone temperatures settle.
 *
 * Replay (greenhouseTrace.ts, `simulateTraced`): the greenhouse side of a step reads the plant only in a
 * shortfall (4.); a run without one records it, and a scenario that differs only in its plant replays it,
 * solving only the plant — the same result to the bit, in about a third of the time. The greenhouse side runs
 * per m² of floor, so a scenario that differs in its floor area too replays it, unless the primary loop limits
 * the valve at either area.
 */
import { PhysicsError } from '../errors';
import { isLoadedScenario, loadScenario, type Scenario } from '../models/scenario';
import { buildPlant } from '../plant/plant';
import { type GreenhouseTrace, ReplayAbort } from './greenhouseTrace';
import { inHouse, inLoop } from './advice';
import { AnnualRun } from './run';
import { weatherFor } from './setup';
import type { SimulateOptions, SimulationResult } from './types';

export {
  ECONOMICS_KPI_OUTPUTS,
  ENERGY_KPI_OUTPUTS,
  type EnergyKpiId,
  HEAT_LEDGER,
  HOURLY_OUTPUTS,
  OUTPUTS,
  type OutputInfo,
  type OutputSpec,
  outputInfo,
  SERIES,
  SERIES_NAMES,
  type SeriesName,
} from './outputs';
export { coverSolar } from './solar';
export type {
  EnergyKpis,
  Kpis,
  ScreenTrail,
  SimulateOptions,
  SimulationResult,
  SimulationWarning,
  WarningCode,
} from './types';

function asScenario(s: unknown): Scenario {
  return isLoadedScenario(s) ? s : loadScenario(s);
}

/**
 * Run the annual simulation of a scenario (raw JSON object or the result of `loadScenario`).
 * Deterministic: the same scenario and weather give bit-identical results.
 */
export function simulate(scenarioInput: unknown, options: SimulateOptions = {}): SimulationResult {
  return simulateTraced(asScenario(scenarioInput), options, {}).result;
}

/**
 * `simulate`, with the greenhouse side read from `replay` (greenhouseTrace.ts: a trace recorded by a run of a
 * scenario with the same `greenhouseKey`, weather and options) when it is given, or recorded when `record`
 * asks. The result is the same to the bit either way: a replay in which the plant falls short is abandoned
 * and the run made in full. `trace` is the trace recorded, when one was and nothing in the run was short.
 */
export function simulateTraced(
  s: Scenario,
  options: SimulateOptions,
  how: { replay?: GreenhouseTrace; record?: boolean },
): { result: SimulationResult; trace?: GreenhouseTrace; replayed: boolean } {
  const weather = options.weather ?? weatherFor(s);
  const report = options.onProgress;
  if (how.replay && report) {
    // a full run after an abandoned replay starts again from 0: the progress shown never goes back
    let shown = 0;
    options = {
      ...options,
      onProgress: (f) => {
        shown = Math.max(shown, f);
        report(shown);
      },
    };
  }
  try {
    if (how.replay) {
      try {
        const run = new AnnualRun(s, buildPlant(s), weather, options, { replay: how.replay });
        return { result: run.run(), replayed: run.replaying };
      } catch (e) {
        if (!(e instanceof ReplayAbort)) throw e;
      }
    }
    const run = new AnnualRun(s, buildPlant(s), weather, options, { record: how.record === true });
    const result = run.run();
    const trace = run.recorded();
    return trace ? { result, trace, replayed: false } : { result, replayed: false };
  } catch (e) {
    throw e instanceof PhysicsError ? inHouse(inLoop(e, s), s) : e;
  }
}
