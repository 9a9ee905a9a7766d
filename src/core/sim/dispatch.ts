/**
 * The plant side of a step, written so that the heat balance closes by construction:
 *  1. Solve the plant for the heat the greenhouse took (`qGh`, from the greenhouse step).
 *  2. Buffer tank (when there is one): discharge before the boiler, or charge with surplus miner heat that the
 *     dry cooler would otherwise reject; the tank is stepped once (implicitly, `stepTank`). A charge that the
 *     exchanger cannot carry without the boiler is reduced until it can (the tank stores only miner heat).
 *  3. Close the greenhouse loop: the plant must deliver P = qGh + charge − discharge. When the backup heater
 *     at capacity cannot top it up, the supply stays below its set-point and the greenhouse takes what comes
 *     (`shortfall`), until the plant delivers what the greenhouse took to 1e-12 relative.
 * Then Q_hx + Q_boiler + discharge − charge = qGh every step, and the miner heat delivered,
 * Q_hx − charge + discharge = qGh − Q_boiler, is never negative.
 */
import { ZERO_CELSIUS } from '../errors';
import { type BufferTank, type BufferTankInputs, stepTank, tankEnergy } from '../components/bufferTank';
import { createPlantState, type Plant, type PlantInputs, type PlantState, solvePlant } from '../plant/plant';
import type { GreenhouseDriver } from './greenhouseDriver';
import { ReplayAbort } from './greenhouseTrace';
import { PhysicsError } from '../errors';
import { TANK_AMBIENT } from './setup';

/** Relative tolerance of the loop closure, and the most passes of the shortfall iteration. */
const CLOSE_TOL = 1e-12;
const SHORT_PASSES = 8;

/**
 * The heating circuit's return to the plant: the rail outlet (not above the supply set-point). A rail whose
 * water (the greenhouse loop's fluid, behind the mixing valve) would leave below its freezing point is a
 * greenhouse that gets too little heat in this weather: a PhysicsError that says which fields to change.
 */
function railReturn(plant: Plant, supplySet: number, pipeOutletT: number, ambientT: number): number {
  const fluid = plant.greenhouseFluid;
  if (pipeOutletT < fluid.freezingPoint) {
    const c = (t: number) => (t - ZERO_CELSIUS).toFixed(2);
    throw new PhysicsError(
      `greenhouse heating pipes: the ${fluid.label} would leave the pipe rail at ${c(pipeOutletT)} °C (outdoor ${c(ambientT)} °C), below its freezing point ${c(fluid.freezingPoint)} °C — the greenhouse gets too little heat to stay above freezing in this weather; raise greenhouseLoop.flow, greenhouse.pipeFlowPerArea or backupHeater.capacity (or add a greenhouse.thermalScreen), or lower greenhouse.leakage`,
    );
  }
  return Math.min(supplySet, pipeOutletT);
}

/**
 * The next heat asked of the greenhouse in the shortfall's fixed point q = Φ(q) (Φ: what the plant delivers at
 * the return the greenhouse gives when it takes q). Plain passes q ← Φ(q) converge by the factor Φ'(q) per
 * pass (a few 1e-3 on a throttled plant: seven passes to 1e-12) and diverge where Φ' < −1 (a return near the
 * miners' outlet). The secant on r(q) = Φ(q) − q through the last two passes converges superlinearly on the
 * nearly affine r (Dahlquist & Björck 1974, §6.3); the plain pass while there is only one, or when the secant
 * is not a positive heat. (A regula falsi safeguard on r's sign bracket was tried: it never changed a step of
 * the throttled year or of the tests' diverging case, so it is not here.)
 */
class ShortfallSecant {
  private qPrev = Number.NaN;
  private rPrev = Number.NaN;

  reset(): void {
    this.qPrev = Number.NaN;
    this.rPrev = Number.NaN;
  }

  /** The next heat to ask for, W, after the pass at q gave r = Φ(q) − q and Φ(q) = target. */
  next(q: number, r: number, target: number): number {
    const take = q - (r * (q - this.qPrev)) / (r - this.rPrev);
    this.qPrev = q;
    this.rPrev = r;
    return take > 0 && Number.isFinite(take) ? take : target;
  }
}

export class Dispatch {
  readonly po: PlantState = createPlantState();
  readonly pin: PlantInputs = {
    ambientT: ZERO_CELSIUS,
    heatDemand: 0,
    supplySetpoint: 323.15,
    powerLimit: 1,
  };
  private readonly tankIn: BufferTankInputs = {
    hotInFlow: 0,
    hotInT: 300,
    coldInFlow: 0,
    coldInT: 300,
    ambientT: TANK_AMBIENT,
  };
  private readonly secant = new ShortfallSecant();
  /** Tank temperatures at the start of the step (to repeat the tank step). */
  private readonly tankSaved: Float64Array;
  // Results of the last step.
  /** Heat the greenhouse took from the pipe water, W. */
  qGh = 0;
  charged = 0;
  discharged = 0;
  tankLoss = 0;
  /** |ΔE/dt − (charge − discharge − loss)| of the tank, W. */
  tankRes = 0;
  /**
   * Replaying a recorded greenhouse side (greenhouseTrace.ts): a step the plant cannot serve would repeat the
   * greenhouse step, which a replay has not got, so it throws ReplayAbort instead.
   */
  replaying = false;
  /** Whether the backup heater at capacity (or no heater) left the greenhouse short in this step. */
  backupLimited = false;

  constructor(
    private readonly plant: Plant,
    private readonly gh: GreenhouseDriver,
    readonly tank: BufferTank | undefined,
    private readonly tankMaxFlow: number,
    /**
     * Floor area the greenhouse driver's heats and rail flow are per, m² (the annual run's model is per m² of
     * floor, setup.ts `greenhousePerArea`; 1 for a driver of a whole greenhouse). The plant's side is in W.
     */
    private readonly area = 1,
  ) {
    this.tankSaved = new Float64Array(tank ? tank.nodes : 0);
  }

  /** Solve the step's plant for the greenhouse's heat `qGh0` (the greenhouse step is repeated if need be). */
  run(qGh0: number, ambientT: number, supplySet: number, powerLimit: number, dt: number): void {
    const po = this.po;
    const pin = this.pin;
    const out = this.gh.out;
    // Variable primary flow: the exchanger sees the heating circuit's return (the rail outlet).
    pin.ambientT = ambientT;
    pin.heatDemand = qGh0;
    pin.supplySetpoint = supplySet;
    pin.powerLimit = powerLimit;
    pin.returnT = railReturn(this.plant, supplySet, out.pipeOutletT, ambientT);
    pin.primaryFlow = undefined;
    solvePlant(this.plant, pin, po);
    this.charged = 0;
    this.discharged = 0;
    this.tankLoss = 0;
    this.tankRes = 0;
    this.backupLimited = false;
    if (this.tank) this.tankStep(this.tank, qGh0, dt);
    let q = qGh0;
    const P = Math.max(0, q + this.charged - this.discharged);
    if (P !== pin.heatDemand) {
      pin.heatDemand = P;
      solvePlant(this.plant, pin, po);
    }
    if (po.unmetHeat > CLOSE_TOL * Math.max(1, P)) {
      if (this.replaying) throw new ReplayAbort();
      q = this.shortfall(q, supplySet, dt);
    }
    this.qGh = q;
  }

  /**
   * The backup heater at capacity cannot bring the supply to its set-point. The heating circuit's mixing valve
   * is then wide open: the primary loop carries the rail's flow (up to the pump's), its return is the rail's
   * outlet and its supply whatever the plant makes of it. Fixed point on the greenhouse heat: the plant,
   * given the return, delivers D; the greenhouse step is repeated to take D + discharge − charge; its new
   * outlet is the plant's next return; until the two agree to 1e-12 relative. From the second pass on the
   * greenhouse is asked for the secant root (`ShortfallSecant`) instead of D: 3–4 repeats instead of 6–7.
   */
  private shortfall(q0: number, supplySet: number, dt: number): number {
    const po = this.po;
    const pin = this.pin;
    const out = this.gh.out;
    const A = this.area;
    const mB = Math.min(this.plant.greenhouseFlow, this.gh.railFlow * A);
    const cB = mB * this.plant.cpGreenhouse;
    this.backupLimited = true;
    pin.primaryFlow = mB;
    // A few passes bring the plant's return and the greenhouse's outlet together; the last
    // repeat of the greenhouse step takes at most what the plant (solved with the previous return) delivers,
    // and the plant gives up the difference (round-off, or a switch of the vent or condensation set).
    let q = q0;
    let target = q;
    const sec = this.secant;
    sec.reset();
    for (let pass = 0; pass < SHORT_PASSES; pass++) {
      const ret = railReturn(this.plant, supplySet, out.pipeOutletT, pin.ambientT);
      pin.returnT = ret;
      pin.heatDemand = Math.max(0, cB * (supplySet - ret));
      solvePlant(this.plant, pin, po);
      target = Math.max(0, po.heatDelivered + this.discharged - this.charged);
      const r = target - q;
      if (Math.abs(r) <= CLOSE_TOL * Math.max(1, q)) return q;
      // The last pass asks for the plant's own figure, so that what is left to shed is never negative.
      const next = pass < SHORT_PASSES - 1 ? sec.next(q, r, target) : target;
      q = this.gh.redoStep(next / A, q / A, dt) * A;
    }
    this.shed(target - q);
    return q;
  }

  /**
   * The plant delivers `excess` W less (≥ 0): the boiler first, then the exchanger (the miner heat it no
   * longer takes goes to the dry cooler, so the miner loop still closes).
   */
  private shed(excess: number): void {
    const po = this.po;
    if (!(excess > 0)) return;
    const fromBoiler = Math.min(excess, po.boilerHeat);
    if (fromBoiler > 0) {
      po.boilerInput *= (po.boilerHeat - fromBoiler) / po.boilerHeat;
      po.boilerHeat -= fromBoiler;
    }
    const fromHx = Math.min(excess - fromBoiler, po.hxDuty);
    po.hxDuty -= fromHx;
    po.dryCoolerDuty += fromHx;
    po.heatDelivered = po.hxDuty + po.boilerHeat;
  }

  /** Buffer tank: discharge before the boiler, charge with surplus miner heat instead of rejecting it. */
  private tankStep(tank: BufferTank, qGh: number, dt: number): void {
    const po = this.po;
    const pin = this.pin;
    const top = tank.T[0]!;
    const bottom = tank.T[tank.nodes - 1]!;
    const ret = pin.returnT!;
    const ti = this.tankIn;
    ti.hotInFlow = 0;
    ti.coldInFlow = 0;
    ti.hotInT = ret;
    ti.coldInT = ret;
    if (po.boilerHeat + po.unmetHeat > 0 && top > ret + 1) {
      // Discharge what the boiler would have to give (flow from the top, return into the bottom).
      ti.coldInFlow = Math.min(this.tankMaxFlow, (po.boilerHeat + po.unmetHeat) / (tank.cp * (top - ret)));
    } else if (po.dryCoolerDuty > 0 && po.minerOutletT > bottom + 2) {
      // What could the exchanger give beyond the greenhouse's need? Ask the plant for more, at most what the
      // primary loop carries between the return and the supply (more would put its return below the
      // rail's: with a tiny greenhouseLoop.flow, thousands of kelvin below zero).
      const carry =
        this.plant.greenhouseFlow * this.plant.cpGreenhouse * Math.max(0, pin.supplySetpoint - ret);
      pin.heatDemand = Math.max(qGh, Math.min(qGh + po.dryCoolerDuty, carry));
      solvePlant(this.plant, pin, po);
      const headroom = po.hxDuty - qGh;
      const tIn = po.hxColdOutT;
      if (headroom > 0 && tIn > bottom + 1) {
        ti.hotInFlow = Math.min(this.tankMaxFlow, headroom / (tank.cp * (tIn - bottom)));
        ti.hotInT = tIn;
      }
    }
    this.tankSaved.set(tank.T);
    this.stepTankOnce(tank, dt);
    if (this.discharged < 0 || this.charged < 0) {
      // The implicit step left the outlet on the wrong side of the inlet (a nearly spent tank over a long
      // step): no flow through the tank in this step instead.
      ti.hotInFlow = 0;
      ti.coldInFlow = 0;
      tank.T.set(this.tankSaved);
      this.stepTankOnce(tank, dt);
    }
    // A charge the exchanger cannot carry without the boiler is reduced (the tank stores miner heat only).
    for (let it = 0; it < 4 && this.charged > 0; it++) {
      pin.heatDemand = qGh + this.charged;
      solvePlant(this.plant, pin, po);
      if (!(po.boilerHeat + po.unmetHeat > 0)) return;
      const carry = Math.max(0, po.hxDuty - qGh);
      ti.hotInFlow = it < 3 && carry > 0 ? ti.hotInFlow * Math.min(0.999, carry / this.charged) : 0;
      tank.T.set(this.tankSaved);
      this.stepTankOnce(tank, dt);
    }
  }

  private stepTankOnce(tank: BufferTank, dt: number): void {
    let e0 = 0;
    for (let i = 0; i < tank.nodes; i++) e0 += this.tankSaved[i]!;
    e0 *= tank.nodeMass * tank.cp;
    const tr = stepTank(tank, this.tankIn, dt);
    this.charged = tr.heatFromHotSide;
    this.discharged = tr.heatToColdSide;
    this.tankLoss = tr.heatLoss;
    this.tankRes = Math.abs((tankEnergy(tank) - e0) / dt - (this.charged - this.discharged - this.tankLoss));
  }

  /** |Q_cool − Q_hx − Q_dc| + |Q_hx + Q_b + discharge − charge − Q_gh| + tank residual of the step, W. */
  residual(): number {
    const po = this.po;
    const minerRes = Math.abs(po.heatToCoolant - po.hxDuty - po.dryCoolerDuty);
    const loopRes = Math.abs(po.hxDuty + po.boilerHeat + this.discharged - this.charged - this.qGh);
    return minerRes + loopRes + this.tankRes;
  }
}
