/**
 * The plant: miner loop ↔ plate exchanger ↔ greenhouse loop, with the dry cooler and the backup heater.
 *
 *   miner loop (glycol, constant flow ṁ_A):
 *     A1 ─ miners (+Q_cool) ─ A2 ─ exchanger hot side (−Q_hx) ─ A3 ─ dry cooler (−Q_dc) ─ A4 = A1
 *   greenhouse loop (water, constant primary flow ṁ_B):
 *     B1 (return) ─┬─ exchanger branch, flow m_c ≤ ṁ_B (+Q_hx) ─┬─ boiler (+Q_b) ─ supply ─ greenhouse (−Q_gh)
 *                  └─ bypass, ṁ_B − m_c ──────────────────────┘
 *
 * Control philosophy (documented assumptions, the usual ones for heat-recovery pre-heat):
 * 1. Recovery first: the exchanger branch flow m_c is the smallest that takes all the miner heat at the
 *    miner-inlet set-point, so the water leaves the exchanger as hot as its size allows (the pilot's "water
 *    exceeding 75 °C" is then an outcome of exchanger size and return temperature, not a set-point). The
 *    exchanger never delivers more than the greenhouse takes (Q_hx ≤ Q_gh); when even the full branch flow
 *    cannot take all the miner heat, the rest goes to the dry cooler.
 * 2. The dry cooler holds the miner inlet at its set-point T_A,set with its bypass valve (fans stopped) and
 *    then its fans. When the miners make no heat (off) the loop floats down towards the container air; when
 *    the fans at full speed cannot reject enough it floats above the set-point (the miners may throttle or
 *    shut down, possibly duty-cycling at their inlet limit).
 * 3. The backup heater tops the mixed stream up to the supply set-point, up to its capacity; what it cannot
 *    supply is reported as unmet heat.
 *
 * Steady state: each loop's energy balance is solved with one specific heat per loop (evaluated at the
 * loop's characteristic temperature), so Σ duties = ṁ·cp·ΣΔT = 0 closes to round-off once the loop closes;
 * the temperature error of this simplification is below 0.05 K for a 10 K glycol loop (cp of 40 % PG
 * changes by < 1 % over 10 K — Melinder 2010). Loop pipes are taken as adiabatic and pump work is not added
 * to the fluid (both are < 1 % of the duties here).
 *
 * Files: build.ts (fixed plant data), state.ts (inputs, operating point), solve.ts (the solve), work.ts
 * (scratch space, miner side, dry-cooler duty, exchanger branch control).
 *
 * Solution: at most two nested, bracketed 1-D solves (Brent): the miner-inlet temperature T_A1 (only when
 * the fans are saturated) and, inside, the exchanger branch flow m_c; the fan speed by a third 1-D solve.
 */
export { buildPlant, type Plant } from './build';
export { solvePlant } from './solve';
export { createPlantState, type FanMode, type PlantInputs, type PlantState } from './state';
