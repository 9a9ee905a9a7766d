/**
 * AI racks and their heat pump in the annual simulation (issue 17).
 *
 * Arrangement: the heat pump's condenser sits on the greenhouse loop after the plate exchanger and before
 * the backup heater; its evaporator cools the AI racks' facility water from the rack return to the rack
 * supply temperature (the evaporator outlet). Each step, after the plant is solved, the heat pump takes over
 * the backup heater's heat up to its capacity, the heat the racks' liquid carries, and its highest supply:
 *   Q_hp = min(Q_boiler, capacity, source-limited, ṁ·cp·(T_max − T_preheated)),
 *   COP at the condenser outlet = the supply set-point (capped at T_max; the highest lift of the step, so
 *   conservative) and the evaporator outlet = the racks' supply temperature (components/heatPump.ts);
 *   the boiler's heat and input fall by Q_hp (its efficiency unchanged).
 * The greenhouse receives the same heat as without the heat pump (it never adds heat when the boiler is at
 * capacity: conservative for coverage), so the greenhouse and loop balances are untouched.
 *
 * Ledger (closes exactly each step):
 *   AI IT electricity = AI heat to hall air + heat-pump source heat + AI heat rejected (racks' dry coolers)
 *   heat-pump heat    = heat-pump source heat + heat-pump electricity − heat-pump cycling loss (to the plant room)
 */
import { type HeatPump, heatPump, operateHeatPump } from '../components/heatPump';
import type { AiHostingInputs } from '../economics/aiHosting';
import { aiRackModel } from '../models/catalog';
import type { Scenario } from '../models/scenario';
import type { PlantState } from '../plant/plant';

export class HeatPumpStep {
  /** Results of the last step, W. */
  heat = 0;
  electricity = 0;
  sourceHeat = 0;
  /** Electricity of on/off cycling beyond the refrigerant cycle's work, lost to the plant room, W. */
  cyclingLoss = 0;
  /** AI racks' IT electricity, their liquid heat not used (rejected) and their heat to hall air, W. */
  readonly itPower: number;
  rejected = 0;
  readonly toAir: number;
  cop = 0;

  private readonly liquid: number;
  private readonly sourceOut: number;

  private constructor(
    private readonly hp: HeatPump | undefined,
    itPower: number,
    liquidFraction: number,
    sourceOut: number,
    private readonly cpGreenhouse: number,
  ) {
    this.itPower = itPower;
    this.liquid = itPower * liquidFraction;
    this.toAir = itPower - this.liquid;
    this.sourceOut = sourceOut;
    this.rejected = this.liquid;
  }

  /** The step model of a scenario, or undefined when it has neither AI racks nor a heat pump. */
  static create(s: Scenario, cpGreenhouse: number): HeatPumpStep | undefined {
    const racks = s.aiRacks.count;
    const cap = s.heatPump.capacity;
    if (racks === 0 && cap === 0) return undefined;
    const m = aiRackModel(s.aiRacks.model);
    const hp =
      cap > 0
        ? heatPump({
            capacity: cap,
            eta: s.heatPump.eta,
            approachCondenser: s.heatPump.approach,
            approachEvaporator: s.heatPump.approach,
            minPartLoad: s.heatPump.minPartLoad,
            maxSinkOutlet: s.heatPump.maxSupply,
          })
        : undefined;
    const util = s.aiRacks.utilisation ?? m.utilisation;
    const supply = s.aiRacks.supplyTemperature ?? m.supplyTemperature;
    return new HeatPumpStep(hp, racks * m.power * util, m.liquidHeatFraction, supply, cpGreenhouse);
  }

  /** Take over the boiler's heat of the solved plant state `po` (modified in place). */
  apply(po: PlantState, supplySet: number): void {
    this.heat = 0;
    this.electricity = 0;
    this.sourceHeat = 0;
    this.cyclingLoss = 0;
    this.cop = 0;
    this.rejected = this.liquid;
    const hp = this.hp;
    if (!hp || !(po.boilerHeat > 0) || !(this.liquid > 0)) return;
    const sinkOut = Math.min(supplySet, hp.maxSinkOutlet);
    if (!(sinkOut > this.sourceOut + 1)) return; // no lift needed: this arrangement does not bypass
    const room = po.greenhouseFlow * this.cpGreenhouse * (hp.maxSinkOutlet - po.preheatedT);
    const demand = Math.min(po.boilerHeat, Math.max(0, room));
    if (!(demand > 0)) return;
    const r = operateHeatPump(hp, {
      heatDemand: demand,
      sinkOut,
      sourceOut: this.sourceOut,
      sourceAvailable: this.liquid,
    });
    const share = (po.boilerHeat - r.heat) / po.boilerHeat;
    po.boilerInput *= share;
    po.boilerHeat -= r.heat;
    this.heat = r.heat;
    this.electricity = r.electricity;
    this.sourceHeat = r.sourceHeat;
    this.cyclingLoss = r.cyclingLoss;
    this.cop = r.cop;
    this.rejected = this.liquid - r.sourceHeat;
  }

  /**
   * What the economics needs of the run (computeEconomics): the recovered heat the host avoids buying
   * (miner heat + heat-pump heat) and the AI hosting inputs (catalog prices, the racks' and heat pump's
   * electricity, capacities).
   */
  economicsInputs(
    s: Scenario,
    series: Readonly<
      Record<'heatToGreenhouse' | 'heatPumpHeat' | 'heatPumpElectricity' | 'aiItPower', Float64Array>
    >,
    hours: number,
  ): { heatToGreenhouse: Float64Array; ai: AiHostingInputs } {
    const m = aiRackModel(s.aiRacks.model);
    const delivered = new Float64Array(hours);
    for (let i = 0; i < hours; i++) delivered[i] = series.heatToGreenhouse[i]! + series.heatPumpHeat[i]!;
    return {
      heatToGreenhouse: delivered,
      ai: {
        itPower: series.aiItPower,
        heatPumpElectricity: series.heatPumpElectricity,
        heatPumpHeat: series.heatPumpHeat,
        itNameplate: s.aiRacks.count * m.power,
        hostingPriceUsd: m.hostingPrice,
        capexPerPowerUsd: m.capexPerPower,
        heatPumpCapacity: s.heatPump.capacity,
      },
    };
  }

  /** First-law residual of the step (heat pump and racks), W. */
  residual(): number {
    return (
      Math.abs(this.heat + this.cyclingLoss - this.sourceHeat - this.electricity) +
      Math.abs(this.itPower - this.toAir - this.sourceHeat - this.rejected)
    );
  }
}
