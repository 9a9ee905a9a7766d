// Regressions from the valid-scenario fuzz (test/fuzz/runValid.ts, base seed 20261204): each case is the
// scenario a seed produced, reduced to the fields that matter (the Manitoba pilot otherwise). The 2026-12-07
// runs' cases stand beside the code they test: settle.test.ts (seed 90261239, a steady start beyond the model's
// range), redoStepSearch.test.ts (90261523, the inlet search), houseAdvice.test.ts (whole years: 50261374, a
// sealed house overheating; 50261491, the screen search).
import { describe, expect, it } from 'vitest';
import { createBufferTank } from '../../../src/core/components/bufferTank';
import { heatPump, operateHeatPump } from '../../../src/core/components/heatPump';
import { InputError, PhysicsError } from '../../../src/core/errors';
import { parseFluid } from '../../../src/core/fluids';
import { loadScenario, ScenarioError } from '../../../src/core/models/scenario';
import { simulate } from '../../../src/core/sim/simulate';
import { manitoba } from '../../fuzz/scenarios';

type Input = Record<string, Record<string, unknown>>;
function pilot(change: Record<string, unknown>, timeStep = 3600): Input {
  const s = structuredClone(manitoba) as Input;
  for (const [path, v] of Object.entries(change)) {
    const [sec, key] = path.split('.') as [string, string];
    s[sec] = { ...(s[sec] ?? {}), [key]: v };
  }
  s.simulation = { timeStep };
  return s;
}
function finite(r: ReturnType<typeof simulate>): void {
  for (const [k, v] of Object.entries(r.kpis))
    if (typeof v === 'number') expect(Number.isFinite(v), k).toBe(true);
  for (const [k, a] of Object.entries(r.series))
    for (let i = 0; i < 48; i++) expect(Number.isFinite(a[i]!), `${k}[${i}]`).toBe(true);
}
function issuesOf(f: () => unknown): ScenarioError {
  try {
    f();
  } catch (e) {
    if (e instanceof ScenarioError) return e;
    throw e;
  }
  throw new Error('expected a ScenarioError');
}

describe('valid-scenario fuzz regressions', () => {
  // Seed 20261495: a boiler of 1.5e-323 W handed to a 1 GW heat pump; heat/capacity underflowed to a part
  // load of 0, COP 0 and electricity Infinity ("non-finite heatPumpElectricity at hour 1").
  it('heat pump: a subnormal heat beside a huge capacity gives finite electricity (seed 20261495)', () => {
    const hp = heatPump({ capacity: 1e9 });
    const r = operateHeatPump(hp, { heatDemand: 1.5e-323, sinkOut: 353.15, sourceOut: 313.15 });
    expect(Number.isFinite(r.electricity)).toBe(true);
    expect(Number.isFinite(r.cop)).toBe(true);
    const s = pilot({ 'backupHeater.capacity': 1.5e-323, 'aiRacks.count': 1382, 'heatPump.capacity': 1e9 });
    finite(simulate(loadScenario(s), { hours: 48 }));
  });

  // Seeds 20261306, 20261366, 20261372 (and 8 more in the first 1,000): bufferTank.volume 1e-323 m³ — the
  // cross-section underflowed to 0 and the loss UA was shared out as 0/0 ("heatDemand = NaN").
  it('buffer tank: 0 is no tank, a volume below 1 L is refused at load naming the field (seed 20261306)', () => {
    const e = issuesOf(() => loadScenario(pilot({ 'bufferTank.volume': 3.5e-323, 'bufferTank.height': 50 })));
    expect(e.issues[0]!.path).toBe('bufferTank.volume');
    expect(e.issues[0]!.message).toMatch(/0 \(none\) or between 0\.001 m\^3 and 100000 m\^3/);
    expect(() => loadScenario(pilot({ 'bufferTank.volume': 0 }))).not.toThrow();
    expect(() => loadScenario(pilot({ 'bufferTank.volume': '1 L' }))).not.toThrow();
    const fluid = parseFluid('water');
    const tank = { height: 50, nodes: 8, fluid, lossUA: 50, initialT: 320 };
    expect(() => createBufferTank({ ...tank, volume: 1e-323 })).toThrow(InputError);
    expect(() => createBufferTank({ ...tank, volume: 1e-3 })).not.toThrow();
  });

  // Seeds 20261626, 20261815: a buffer tank on a greenhouse loop of 0.01–0.2 L/s. The tank's charging probe
  // asked the plant for the dry cooler's whole duty through that flow: a return of −65,580 K (a "freezing"
  // refusal with an absurd temperature).
  it('buffer tank on a tiny greenhouse loop: no absurd loop temperature (seeds 20261626, 20261815)', () => {
    const s = pilot({ 'greenhouseLoop.flow': 0.000196, 'bufferTank.volume': 1 }, 600);
    finite(simulate(loadScenario(s), { hours: 48 }));
    // (96 h: started from its steady state, the greenhouse's pipes stay just above freezing for the first 48)
    const t = pilot({ 'greenhouseLoop.flow': 1e-5, 'bufferTank.volume': 1 });
    expect(() => simulate(loadScenario(t), { hours: 96 })).toThrow(/pipe rail .* greenhouseLoop\.flow/);
  });

  // Seeds 20261204, 20261223 (and 55 in the first 1,000): "returnT = 273.136 is not allowed" named no
  // scenario field. A greenhouse that gets too little heat (10 air changes an hour and a tiny pipe flow, or a
  // 0.01 L/s primary loop) in Winnipeg's January: the refusal now says what to change.
  it('a greenhouse that freezes names the fields to change (seeds 20261204, 20261223)', () => {
    const s = pilot({ 'greenhouse.leakage': 10 / 3600, 'greenhouse.pipeFlowPerArea': 1e-4 }, 300);
    expect(() => simulate(loadScenario(s), { hours: 48 })).toThrow(PhysicsError);
    expect(() => simulate(loadScenario(s), { hours: 48 })).toThrow(
      /pipe rail at -?0\.\d\d °C .*greenhouse\.pipeFlowPerArea.*greenhouse\.leakage/,
    );
  });

  // Seeds 20261208, 20261213, 20261215 (44 in the first 1,000): topHeight up to 5 m passed the schema and the
  // greenhouse model then refused anything above half the mean height.
  it('greenhouse.topHeight above half the height is refused at load (seed 20261213)', () => {
    const e = issuesOf(() => loadScenario(pilot({ 'greenhouse.topHeight': 5 })));
    expect(e.issues[0]!.path).toBe('greenhouse.topHeight');
    expect(e.issues[0]!.message).toMatch(/at most half of greenhouse\.height \(5 m\)/);
    expect(() => loadScenario(pilot({ 'greenhouse.topHeight': 2.5 }))).not.toThrow();
  });

  // Seeds 20261444, 20261587: idle miners in a -10 °C container on PG 25 % (freezes at -9.8 °C) said "the
  // exchanger removes more heat than the miners make"; the refusal now names the freezing and the fields.
  it('a miner loop cooled to its freezing point by the container air says so (seed 20261587)', () => {
    const s = pilot(
      {
        'miners.containerAirTemperature': '-10 degC',
        'minerLoop.fluid': 'PG 25 %',
        'control.dispatch': 'heat-led',
        'control.minPowerFraction': 2.5e-323,
      },
      600,
    );
    expect(() => simulate(loadScenario(s), { hours: 48 })).toThrow(
      /freezing point .*miners\.containerAirTemperature.*glycol share of minerLoop\.fluid/,
    );
  });

  // Seeds 20261233, 20261435: a 95 °C inlet at 1 bar boils; the fluid's message now says which loop and fields.
  it('a boiling miner loop names minerLoop.pressure (seed 20261233)', () => {
    const s = pilot({ 'minerLoop.inletSetpoint': '95 degC', 'minerLoop.pressure': 1e5 });
    expect(() => simulate(loadScenario(s), { hours: 48 })).toThrow(
      /boiling point .*In the minerLoop: raise minerLoop\.pressure/,
    );
  });
});
