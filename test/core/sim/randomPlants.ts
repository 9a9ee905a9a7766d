/**
 * Random plants for the heat-accounting property (issue 10 item 7): throttling miners, backup 0–8 MW, buffer
 * tanks 0–200 m³, every time step that divides the hour, small dry coolers, and in about half of them AI racks
 * (1–30) with a heat pump (0.1–4 MW, down to tiny loads where it cycles). `checkPlant` simulates one and
 * returns the worst violations of the ledger identities (W and relative), or the error a plant was refused
 * with. Shared by the seeded sample in `npm test` and the full 1,000 of `npm run fuzz:plants`.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { previewInput } from '../../../src/core/sim/previewCorrection';
import { simulate } from '../../../src/core/sim/simulate';
import { InputError, PhysicsError } from '../../../src/core/errors';

const base = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));

export interface RandomPlant {
  model: string;
  count: number;
  inletSetpoint: number;
  backupMW: number;
  tank: number;
  timeStep: number;
  dryCoolers: number;
  dryCooler: string;
  dispatch: 'mining-first' | 'heat-led';
  floorHa: number;
  pipe: number;
  hours: number;
  /** AI racks (GB200 NVL72) and the heat pump's capacity, MW (absent: neither). */
  aiRacks?: number;
  heatPumpMW?: number;
}

export function plantArb(maxHours: number): fc.Arbitrary<RandomPlant> {
  return fc
    .record({
      model: fc.constantFrom(
        'avalon-a1566ha',
        'antminer-s19-xp-hydro',
        'antminer-s21-hydro',
        'antminer-s21-plus-hydro',
        'antminer-s21-xp-hydro',
      ),
      count: fc.integer({ min: 20, max: 720 }),
      inletSetpoint: fc.double({ min: 40, max: 72, noNaN: true }),
      backupMW: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 8, noNaN: true })),
      tank: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 200, noNaN: true })),
      timeStep: fc.constantFrom(300, 600, 900, 1200, 1800, 3600),
      dryCoolers: fc.integer({ min: 1, max: 3 }),
      dryCooler: fc.constantFrom('dry-cooler-v-1000kw', 'dry-cooler-v-3000kw'),
      dispatch: fc.constantFrom('mining-first' as const, 'heat-led' as const),
      floorHa: fc.double({ min: 0.3, max: 8, noNaN: true }),
      pipe: fc.double({ min: 1, max: 3.5, noNaN: true }),
      hours: fc.integer({ min: 24, max: maxHours }),
      // half the plants: AI racks and a heat pump together (the heat pump lifts the racks' heat)
      ai: fc.oneof(
        fc.constant({ aiRacks: 0, heatPumpMW: 0 }),
        fc.record({
          aiRacks: fc.integer({ min: 1, max: 30 }),
          heatPumpMW: fc.double({ min: 0.1, max: 4, noNaN: true }),
        }),
      ),
    })
    .map(({ ai, ...p }) => ({ ...p, ...ai }));
}

export function scenarioOf(p: RandomPlant): unknown {
  const s = structuredClone(base);
  s.miners.model = p.model;
  s.miners.count = p.count;
  s.miners.modules = 1;
  s.minerLoop.inletSetpoint = `${p.inletSetpoint} degC`;
  s.backupHeater.capacity = `${p.backupMW} MW`;
  s.bufferTank = p.tank > 0 ? { volume: `${p.tank} m^3` } : { volume: '0 m^3' };
  s.simulation.timeStep = `${p.timeStep} s`;
  s.dryCooler = { model: p.dryCooler, count: p.dryCoolers };
  s.control.dispatch = p.dispatch;
  s.greenhouse.floorArea = `${p.floorHa} ha`;
  s.greenhouse.pipeLengthPerArea = `${p.pipe} m/m^2`;
  if (p.aiRacks) s.aiRacks = { model: 'nvidia-gb200-nvl72', count: p.aiRacks };
  if (p.heatPumpMW) s.heatPump = { capacity: `${p.heatPumpMW} MW` };
  return s;
}

export interface PlantCheck {
  /** The plant was refused with a clear InputError/PhysicsError (e.g. a dry cooler that cannot hold the loop). */
  refused?: string;
  /** energyBalanceResidual of the run. */
  residual: number;
  /** Worst |demand − (toGreenhouse + heat pump + backup + unmet)| / max(1 W, demand) over the hours. */
  identity: number;
  /** Most negative delivered, heat-pump, backup or unmet heat, heat-pump source heat or cycling loss, or AI heat
   * rejected, relative to the demand scale (0 when none). */
  negative: number;
  /** Worst relative miss of the ledger: miner electricity, coolant heat, heat pump, AI racks. */
  ledger: number;
  coverage: number;
  /** Heat-pump heat over the run, MWh (0 without one, or when it never ran). */
  heatPump: number;
}

/** How a check runs its plant besides the plant itself. */
export interface CheckOptions {
  /** As the quick preview runs it: at one-hour steps without sub-steps (previewInput, SimulateOptions.coarse). */
  coarse?: boolean;
  /** The greenhouse's day and night set-points, °C (the scenario's otherwise). */
  setpointC?: number;
}

export function checkPlant(p: RandomPlant, opts: CheckOptions = {}): PlantCheck {
  let r: ReturnType<typeof simulate>;
  try {
    const s = scenarioOf(p) as typeof base;
    if (opts.setpointC !== undefined) {
      s.greenhouse.daySetpoint = `${opts.setpointC} degC`;
      s.greenhouse.nightSetpoint = `${opts.setpointC} degC`;
    }
    r = opts.coarse
      ? simulate(previewInput(s), { hours: p.hours, coarse: true })
      : simulate(s, { hours: p.hours });
  } catch (e) {
    if (e instanceof PhysicsError || e instanceof InputError) {
      return {
        refused: e.message,
        residual: 0,
        identity: 0,
        negative: 0,
        ledger: 0,
        coverage: 0,
        heatPump: 0,
      };
    }
    throw e;
  }
  const s = r.series;
  const k = r.kpis;
  let identity = 0;
  let negative = 0;
  for (let i = 0; i < r.hours; i++) {
    const d = s.greenhouseHeatDemand[i]!;
    const scale = Math.max(1, d);
    const sum = s.heatToGreenhouse[i]! + s.heatPumpHeat[i]! + s.backupHeat[i]! + s.unmetHeat[i]!;
    identity = Math.max(identity, Math.abs(d - sum) / scale);
    const parts = [s.heatToGreenhouse[i]!, s.heatPumpHeat[i]!, s.backupHeat[i]!, s.unmetHeat[i]!];
    parts.push(s.heatPumpSourceHeat[i]!, s.heatPumpCyclingLoss[i]!, s.aiHeatRejected[i]!);
    for (const x of parts) negative = Math.max(negative, -x / scale);
  }
  const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(1e-6, Math.abs(a), Math.abs(b));
  const ledger = Math.max(
    rel(k.minerElectricity_MWh, k.heatRecovered_MWh + k.minerHeatToAir_MWh),
    rel(
      k.heatRecovered_MWh,
      k.heatToGreenhouse_MWh + k.heatRejected_MWh + k.tankLoss_MWh + k.tankStorageChange_MWh,
    ),
    rel(k.heatPumpHeat_MWh + k.heatPumpCyclingLoss_MWh, k.heatPumpSourceHeat_MWh + k.heatPumpElectricity_MWh),
    rel(k.aiItElectricity_MWh, k.heatPumpSourceHeat_MWh + k.aiHeatRejected_MWh + k.aiHeatToAir_MWh),
  );
  const heatPump = k.heatPumpHeat_MWh;
  return {
    residual: k.energyBalanceResidual,
    identity,
    negative,
    ledger,
    coverage: k.heatCoverage,
    heatPump,
  };
}
