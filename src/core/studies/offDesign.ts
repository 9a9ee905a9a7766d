/**
 * Off-design table of a scenario's plate exchanger: duty and outlet temperatures over a grid of flows and
 * inlet temperatures. The exchanger is the one the annual simulation uses (`buildPlant` → `hxModelFromUA`:
 * UA at the nominal flows, each side's hA ∝ (ṁ/ṁ_nom)^n, Modelica Buildings
 * PlateHeatExchangerEffectivenessNTU), rated with `offDesign` (ε-NTU, counterflow, cp at each stream’s mean temperature, the basis of sizing and rating).
 */
import { ZERO_CELSIUS } from '../errors';
import { InputError } from '../errors';
import { offDesign } from '../hx/plate';
import { isLoadedScenario, loadScenario } from '../models/scenario';
import { buildPlant } from '../plant/plant';

/** Grid axes. Flows in kg/s, temperatures in K. Each defaults as documented on `offDesignTable`. */
export interface OffDesignGrid {
  hotFlows?: readonly number[];
  coldFlows?: readonly number[];
  hotInlets?: readonly number[];
  coldInlets?: readonly number[];
}

/** One cell. SI. */
export interface OffDesignRow {
  hotFlow: number;
  coldFlow: number;
  hotIn: number;
  coldIn: number;
  ua: number;
  ntu: number;
  effectiveness: number;
  cr: number;
  duty: number;
  hotOut: number;
  coldOut: number;
  /** min(hotIn − coldOut, hotOut − coldIn), K. */
  approach: number;
}

export interface OffDesignTable {
  exchanger: {
    hotFluid: string;
    coldFluid: string;
    uaNominal: number;
    hotFlowNominal: number;
    coldFlowNominal: number;
    exponent: number;
  };
  /** The scenario's loop flows, kg/s (miner loop; greenhouse primary). */
  loopFlows: { hot: number; cold: number };
  grid: Required<{ [K in keyof OffDesignGrid]: number[] }>;
  rows: OffDesignRow[];
}

function axis(
  v: readonly number[] | undefined,
  dflt: number[],
  field: string,
  lo: number,
  what: string,
): number[] {
  const a = v ? [...v] : dflt;
  if (a.length === 0) throw new InputError(field, '(empty)', `at least one ${what}`);
  for (const x of a)
    if (!(Number.isFinite(x) && x > lo)) throw new InputError(field, x, `finite ${what}s above ${lo}`);
  return a;
}

/**
 * Duty and outlets over the grid (rows: hot flow, then cold flow, then hot inlet, then cold inlet, each in
 * the order given). Defaults: hot flows 50, 75, 100 % of the scenario's miner-loop flow; cold flows 25, 50,
 * 75, 100 % of its greenhouse primary flow; hot inlets the miner inlet set-point + 0, 5, 10 K (the miners'
 * outlet at part to full load); cold inlets 40, 50, 60 °C (greenhouse returns).
 */
/** A cold inlet at or above a hot inlet would carry heat from the greenhouse into the miner loop: refused. */
function requireHeatFlowsToGreenhouse(hotInlets: readonly number[], coldInlets: readonly number[]): void {
  for (const hotIn of hotInlets) {
    for (const coldIn of coldInlets) {
      if (!(coldIn < hotIn)) {
        throw new InputError(
          'coldInlets',
          `${(coldIn - ZERO_CELSIUS).toFixed(1)} °C with a hot inlet of ${(hotIn - ZERO_CELSIUS).toFixed(1)} °C`,
          'cold (greenhouse return) inlets below every hot (miner) inlet: the exchanger carries the miners’ heat to the greenhouse (--cold-in below --hot-in)',
        );
      }
    }
  }
}

export function offDesignTable(scenario: unknown, grid: OffDesignGrid = {}): OffDesignTable {
  const s = isLoadedScenario(scenario) ? scenario : loadScenario(scenario);
  const plant = buildPlant(s);
  const hx = plant.hx;
  const hotFlows = axis(
    grid.hotFlows,
    [0.5, 0.75, 1].map((f) => f * plant.minerFlow),
    'hotFlows',
    0,
    'mass flow',
  );
  const coldFlows = axis(
    grid.coldFlows,
    [0.25, 0.5, 0.75, 1].map((f) => f * plant.greenhouseFlow),
    'coldFlows',
    0,
    'mass flow',
  );
  const hotInlets = axis(
    grid.hotInlets,
    [0, 5, 10].map((d) => plant.minerInletSetpoint + d),
    'hotInlets',
    0,
    'temperature (K)',
  );
  const coldInlets = axis(
    grid.coldInlets,
    [40, 50, 60].map((c) => c + ZERO_CELSIUS),
    'coldInlets',
    0,
    'temperature (K)',
  );
  requireHeatFlowsToGreenhouse(hotInlets, coldInlets);
  const rows: OffDesignRow[] = [];
  for (const hotFlow of hotFlows) {
    for (const coldFlow of coldFlows) {
      for (const hotIn of hotInlets) {
        for (const coldIn of coldInlets) {
          const r = offDesign(hx, { hotFlow, coldFlow, hotIn, coldIn });
          rows.push({
            hotFlow,
            coldFlow,
            hotIn,
            coldIn,
            ua: r.ua,
            ntu: r.ntu,
            effectiveness: r.effectiveness,
            cr: r.cr,
            duty: r.duty,
            hotOut: r.hotOut,
            coldOut: r.coldOut,
            approach: Math.min(hotIn - r.coldOut, r.hotOut - coldIn),
          });
        }
      }
    }
  }
  return {
    exchanger: {
      hotFluid: hx.hotFluid.label,
      coldFluid: hx.coldFluid.label,
      uaNominal: hx.uaNominal,
      hotFlowNominal: hx.hotFlowNominal,
      coldFlowNominal: hx.coldFlowNominal,
      exponent: hx.exponentHot,
    },
    loopFlows: { hot: plant.minerFlow, cold: plant.greenhouseFlow },
    grid: { hotFlows, coldFlows, hotInlets, coldInlets },
    rows,
  };
}
