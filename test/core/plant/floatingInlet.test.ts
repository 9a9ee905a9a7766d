/**
 * The miner loop floating below its set-point (dry cooler bypassed) where the lower end of the search matters:
 * clamped at 0.5 K above the coolant's freezing point with a steady state above it, and a slow loop whose
 * coolant cools by kelvins across the bank at the set-point. Each inlet is a hand calculation from the miner
 * model (minerBank.ts: Q = φ·λ·P − G·(T̄ − T_air) per unit). Also the fresh state's contents.
 */
import { describe, expect, it } from 'vitest';
import { createPlantState, type PlantState, solvePlant } from '../../../src/core/plant/plant';
import { pilot } from './fixtures';

const C = 273.15;
/** Avalon A1566HA (models/equipment/miners/avalon-a1566ha.json): φ, nameplate power (normal mode), G. */
const PHI = 0.95;
const P_NORMAL = 8064;
const G_CASE = 4;

describe('a water loop in a −5 °C container, the miners at a trickle of power', () => {
  it('floats to T_air + φ·λ·P/G ≈ 4.6 °C, above the 0.5 °C clamp of the search (no freezing refusal)', () => {
    const p = pilot((j) => {
      j.minerLoop.fluid = 'water';
      j.miners.containerAirTemperature = '-5 degC';
    });
    const lambda = 0.005;
    // no heat into the coolant at the steady inlet (the exchanger's branch is closed: the loop is far below
    // the greenhouse return), so T̄ = T_in and φ·λ·P = G·(T_in − T_air)
    const expected = -5 + C + (PHI * lambda * P_NORMAL) / G_CASE;
    expect(expected - C).toBeCloseTo(4.576, 3);
    const r = solvePlant(p, {
      ambientT: -20 + C,
      heatDemand: 1e6,
      supplySetpoint: 50 + C,
      powerLimit: lambda,
    });
    expect(r.fanMode).toBe('bypassed');
    expect(r.minerStatus).toBe('running');
    expect(r.minerInletT).toBeCloseTo(expected, 6);
    expect(Math.abs(r.heatToCoolant)).toBeLessThan(1e-3);
    expect(r.hxDuty).toBe(0);
    // the miners' electricity all leaves by the case: λ·P per unit, 360 units
    expect(r.heatToAir).toBeCloseTo(360 * lambda * P_NORMAL, 3);
  });
});

describe('a slow miner loop (0.2 L/min per miner), miners off', () => {
  it('floats to the container air though the coolant cools by over 1 K across the bank at the set-point', () => {
    const p = pilot((j) => {
      j.minerLoop.flowPerMiner = '0.2 L/min';
    });
    // at the 70 °C set-point the stopped units' cases take G·(T̄ − 30 °C) per unit: with the coolant's
    // capacity ṁ·cp per unit (g = G/(2ṁ·cp)) the bank's loss is N·G·40 K/(1 + g), > 1 K of the loop's capacity
    const cA = p.minerFlow * p.cpMiner;
    const g = G_CASE / (2 * (cA / 360));
    const loss = (360 * G_CASE * 40) / (1 + g);
    expect(loss / cA).toBeGreaterThan(1);
    const r = solvePlant(p, { ambientT: -20 + C, heatDemand: 1e6, supplySetpoint: 50 + C, powerLimit: 0 });
    expect(r.fanMode).toBe('bypassed');
    expect(r.minerStatus).toBe('off');
    // no power: the steady coolant is at the container air, where the cases exchange nothing
    expect(r.minerInletT).toBeCloseTo(30 + C, 6);
    expect(Math.abs(r.heatToCoolant)).toBeLessThan(1e-3);
    expect(r.boilerHeat).toBeCloseTo(1e6, 3);
  });
});

describe('a fresh state', () => {
  it('holds every field a solve writes, at rest: numbers 0, the dry cooler bypassed, the miners off', () => {
    const fresh = createPlantState();
    // the fields a solve writes into an empty object
    const written = solvePlant(
      pilot(),
      { ambientT: 5 + C, heatDemand: 2e6, supplySetpoint: 50 + C, powerLimit: 1 },
      {} as PlantState,
    );
    expect(Object.keys(fresh).sort()).toEqual(Object.keys(written).sort());
    for (const [k, v] of Object.entries(fresh)) {
      if (k === 'fanMode') expect(v).toBe('bypassed');
      else if (k === 'minerStatus') expect(v).toBe('off');
      else expect(v, k).toBe(0);
    }
  });
});
