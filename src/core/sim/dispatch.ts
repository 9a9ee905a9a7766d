/**
 * The plant side of a step: solve the plant for the heat the greenhouse took; repeat the greenhouse step when
 * the backup heater cannot supply it; buffer-tank dispatch (discharge before the boiler, charge with surplus
 * miner heat instead of rejecting it), with the step's energy residuals.
 */
import { type BufferTank, type BufferTankInputs, stepTank, tankEnergy } from '../components/bufferTank';
import { createPlantState, type Plant, type PlantInputs, type PlantState, solvePlant } from '../plant/plant';
import type { GreenhouseDriver } from './greenhouseDriver';
import { TANK_AMBIENT } from './setup';

export class Dispatch {
  readonly po: PlantState = createPlantState();
  readonly pin: PlantInputs = { ambientT: 273.15, heatDemand: 0, supplySetpoint: 323.15, powerLimit: 1 };
  private readonly tankIn: BufferTankInputs = {
    hotInFlow: 0,
    hotInT: 300,
    coldInFlow: 0,
    coldInT: 300,
    ambientT: TANK_AMBIENT,
  };
  // Results of the last step.
  /** Heat the greenhouse took from the pipe water, W. */
  qGh = 0;
  charged = 0;
  discharged = 0;
  tankLoss = 0;
  /** |ΔE/dt − (charge − discharge − loss)| of the tank, W. */
  tankRes = 0;

  constructor(
    private readonly plant: Plant,
    private readonly gh: GreenhouseDriver,
    readonly tank: BufferTank | undefined,
    private readonly tankMaxFlow: number,
  ) {}

  /** Solve the step's plant for the greenhouse's heat `qGh` (the greenhouse step is repeated if need be). */
  run(qGh0: number, ambientT: number, supplySet: number, powerLimit: number, dt: number): void {
    const plant = this.plant;
    const po = this.po;
    const pin = this.pin;
    const out = this.gh.out;
    let qGh = qGh0;
    // Variable primary flow: the exchanger sees the heating circuit's return (the rail outlet).
    pin.ambientT = ambientT;
    pin.heatDemand = qGh;
    pin.supplySetpoint = supplySet;
    pin.powerLimit = powerLimit;
    pin.returnT = Math.min(supplySet, out.pipeOutletT);
    solvePlant(plant, pin, po);
    if (po.unmetHeat > 1e-6 * Math.max(1, qGh)) {
      // The boiler is at capacity: repeat the step with the heat the plant can deliver.
      qGh = this.gh.redoStep(po.heatDelivered, qGh, dt);
      pin.heatDemand = qGh;
      pin.returnT = Math.min(supplySet, out.pipeOutletT);
      solvePlant(plant, pin, po);
    }
    this.qGh = qGh;
    this.charged = 0;
    this.discharged = 0;
    this.tankLoss = 0;
    this.tankRes = 0;
    if (this.tank) this.tankStep(this.tank, qGh, dt);
  }

  /** Buffer tank: discharge before the boiler, charge with surplus miner heat instead of rejecting it. */
  private tankStep(tank: BufferTank, qGh: number, dt: number): void {
    const plant = this.plant;
    const po = this.po;
    const pin = this.pin;
    const e0 = tankEnergy(tank);
    const top = tank.T[0]!;
    const bottom = tank.T[tank.nodes - 1]!;
    const ret = pin.returnT!;
    const ti = this.tankIn;
    ti.hotInFlow = 0;
    ti.coldInFlow = 0;
    ti.hotInT = ret;
    ti.coldInT = ret;
    if (po.boilerHeat > 0 && top > ret + 1) {
      ti.coldInFlow = Math.min(this.tankMaxFlow, po.boilerHeat / (tank.cp * (top - ret)));
    } else if (po.dryCoolerDuty > 0 && po.minerOutletT > bottom + 2) {
      // What could the exchanger give beyond the greenhouse's need? Ask the plant for more.
      pin.heatDemand = qGh + po.dryCoolerDuty;
      solvePlant(plant, pin, po);
      const headroom = po.hxDuty - qGh;
      const tIn = po.hxColdOutT;
      if (headroom > 0 && tIn > bottom + 1) {
        ti.hotInFlow = Math.min(this.tankMaxFlow, headroom / (tank.cp * (tIn - bottom)));
        ti.hotInT = tIn;
      }
    }
    const tr = stepTank(tank, ti, dt);
    this.charged = tr.heatFromHotSide;
    this.discharged = tr.heatToColdSide;
    this.tankLoss = tr.heatLoss;
    this.tankRes = Math.abs((tankEnergy(tank) - e0) / dt - (this.charged - this.discharged - this.tankLoss));
    const want = Math.max(0, qGh + this.charged - this.discharged);
    if (want !== pin.heatDemand) {
      pin.heatDemand = want;
      solvePlant(plant, pin, po);
    }
  }

  /** |Q_cool − Q_hx − Q_dc| + |Q_hx + Q_b + discharge − charge − Q_gh| + tank residual of the step, W. */
  residual(): number {
    const po = this.po;
    const minerRes = Math.abs(po.heatToCoolant - po.hxDuty - po.dryCoolerDuty);
    const loopRes = Math.abs(po.hxDuty + po.boilerHeat + this.discharged - this.charged - this.qGh);
    return minerRes + loopRes + this.tankRes;
  }
}
