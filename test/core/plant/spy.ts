/**
 * Shared by the plant's warm-start tests: the 5 °C day they solve, a spy on the points at which the branch-flow
 * and dry-cooler residuals are evaluated, and a switch that sends the next solve the long way (no predictions).
 */
import { type Plant, type PlantInputs, solvePlant } from '../../../src/core/plant/plant';
import { work } from '../../../src/core/plant/work';

export const C = 273.15;
/** A 5 °C day, supply 50 °C: valve mode from ≈ 1.68 MW of demand up, fans below. */
export const at = (heatDemand: number): PlantInputs => ({
  ambientT: 5 + C,
  heatDemand,
  supplySetpoint: 50 + C,
  powerLimit: 1,
});

/** Records the points at which the plant's branch-flow and dry-cooler residuals are evaluated. */
export function spy(p: Plant) {
  const w = work(p);
  const calls = {
    branch: [] as number[],
    branchF: [] as number[],
    signal: [] as number[],
    signalF: [] as number[],
  };
  const branch = w.branchResidual;
  const signal = w.dcResidual;
  w.branchResidual = (m) => {
    const f = branch(m);
    calls.branch.push(m);
    calls.branchF.push(f);
    return f;
  };
  w.dcResidual = (u) => {
    const f = signal(u);
    calls.signal.push(u);
    calls.signalF.push(f);
    return f;
  };
  return {
    calls,
    solve(inp: PlantInputs) {
      calls.branch.length = 0;
      calls.branchF.length = 0;
      calls.signal.length = 0;
      calls.signalF.length = 0;
      return solvePlant(p, inp);
    },
    plant: p,
  };
}

/**
 * Drop the predictions (the branch flow's approach, the dry-cooler conductance's slope), so the next solve
 * takes the warm brackets around the previous flow and signal: the long way, which the predictions fall
 * back to.
 */
export function longWay(p: Plant): void {
  const w = work(p);
  w.approachPrev = Number.NaN;
  w.dgPrev = 0;
}
