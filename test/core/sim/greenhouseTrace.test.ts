/**
 * Replaying the greenhouse side for a plant-only edit (greenhouseTrace.ts): the result must be the full run's
 * to the bit — every series, KPI, warning and cash flow — for an edit in every plant section, and a plant that
 * falls short must be run in full.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, setField } from '../../../src/core/models/scenario';
import { GREENHOUSE_SERIES, greenhouseKey, STEP, STEP_FIELDS } from '../../../src/core/sim/greenhouseTrace';
import { RunCache } from '../../../src/core/sim/reprice';
import { type SimulationResult, simulate, simulateTraced } from '../../../src/core/sim/simulate';

const pilot = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const aiSite = JSON.parse(readFileSync('models/sites/ai-racks-heat-pump.json', 'utf8'));
/** A winter week after the first days (the warm-up repeats the run's own hours when it is under 14 days). */
const HOURS = 24 * 7;

function sameToTheBit(a: SimulationResult, b: SimulationResult): void {
  for (const k of Object.keys(b.series) as (keyof SimulationResult['series'])[]) {
    const x = a.series[k];
    const y = b.series[k];
    for (let i = 0; i < y.length; i++)
      if (!Object.is(x[i], y[i])) expect(`${k}[${i}] = ${x[i]}`).toBe(`${y[i]}`);
  }
  for (const k of Object.keys(b.kpis))
    expect(Object.is(a.kpis[k as never], b.kpis[k as never]), k).toBe(true);
  expect(a.warnings).toEqual(b.warnings);
  expect(a.economics).toEqual(b.economics);
}

/** An edit in every plant section (and the controls), each a different plant with the same greenhouse. */
const PLANT_EDITS: [string, unknown][] = [
  ['miners.count', 300],
  ['miners.model', 'antminer-s21-xp-hydro'],
  ['minerLoop.inletSetpoint', '65 degC'],
  ['heatExchanger.area', '60 m^2'],
  ['dryCooler.count', 2],
  ['bufferTank.volume', '40 m^3'],
  ['backupHeater.efficiency', '90 %'],
  ['control.dispatch', 'heat-led'],
  ['economics.hashprice', '0.04 USD/TH/day'],
];

describe('greenhouse trace: a plant-only edit replays the greenhouse side', () => {
  const base = simulateTraced(loadScenario(pilot), { hours: HOURS }, { record: true });

  it('the pilot records a trace: no step of it (warm-up included) was short of heat', () => {
    expect(base.trace).toBeDefined();
    expect(base.result.kpis.unmetHeat_MWh).toBe(0);
  });

  it.each(PLANT_EDITS)('%s = %s: the same result as a full run, to the bit', (path, value) => {
    const s = loadScenario(setField(pilot, path, value));
    expect(greenhouseKey(s)).toBe(greenhouseKey(loadScenario(pilot)));
    const r = simulateTraced(s, { hours: HOURS }, { replay: base.trace! });
    expect(r.replayed).toBe(true);
    sameToTheBit(r.result, simulate(s, { hours: HOURS }));
  });

  it('a plant that falls short (no backup heater) is run in full, with the full run’s result', () => {
    const s = loadScenario(setField(pilot, 'backupHeater.capacity', '0 MW'));
    const r = simulateTraced(s, { hours: HOURS }, { replay: base.trace! });
    expect(r.replayed).toBe(false);
    expect(r.result.kpis.unmetHeat_MWh).toBeGreaterThan(0);
    sameToTheBit(r.result, simulate(s, { hours: HOURS }));
  });

  it('a run that was short records no trace (its greenhouse followed its plant)', () => {
    const s = loadScenario(setField(pilot, 'backupHeater.capacity', '0 MW'));
    expect(simulateTraced(s, { hours: HOURS }, { record: true }).trace).toBeUndefined();
  });

  it('a trace of another length or step is not replayed', () => {
    const s = loadScenario(setField(pilot, 'miners.count', 300));
    expect(simulateTraced(s, { hours: HOURS - 24 }, { replay: base.trace! }).replayed).toBe(false);
    const step = loadScenario(setField(setField(pilot, 'miners.count', 300), 'simulation.timeStep', '5 min'));
    expect(simulateTraced(step, { hours: HOURS }, { replay: base.trace! }).replayed).toBe(false);
  });

  it('a step short of heat in the warm-up only ends the replay: it changed the greenhouse the year starts from', () => {
    const t = base.trace!;
    // 600 W/m² (12 MW on 2 ha: more than the 2.7 MW exchanger and the 6 MW backup) in a warm-up step
    const steps = Float64Array.from(t.steps);
    steps[2 * 24 * t.stepsPerHour * STEP_FIELDS + STEP.q] = 600;
    const s = loadScenario(setField(pilot, 'heatExchanger.area', '60 m^2'));
    const r = simulateTraced(s, { hours: HOURS }, { replay: { ...t, steps } });
    expect(r.replayed).toBe(false);
    sameToTheBit(r.result, simulate(s, { hours: HOURS }));
    // the untouched trace replays
    expect(simulateTraced(s, { hours: HOURS }, { replay: t }).replayed).toBe(true);
  });

  it('the AI racks and heat pump site: an edit of the racks replays to the bit', () => {
    const rec = simulateTraced(loadScenario(aiSite), { hours: HOURS }, { record: true });
    expect(rec.trace).toBeDefined();
    const s = loadScenario(setField(aiSite, 'aiRacks.count', 4));
    const r = simulateTraced(s, { hours: HOURS }, { replay: rec.trace! });
    expect(r.replayed).toBe(true);
    sameToTheBit(r.result, simulate(s, { hours: HOURS }));
  });
});

describe('a floor-area edit replays the greenhouse side per m² of floor', () => {
  const at = (a: string, json: unknown = pilot) => loadScenario(setField(json, 'greenhouse.floorArea', a));
  const base = simulateTraced(loadScenario(pilot), { hours: HOURS }, { record: true });

  it('the trace keeps its area and its heats per m²: the run’s series are those × 2 ha', () => {
    const t = base.trace!;
    expect(t.area).toBe(20_000);
    expect(t.loopLimited).toBe(false);
    const j = GREENHOUSE_SERIES.indexOf('coverLoss');
    const hourly = base.result.series.coverLoss;
    for (let h = 0; h < HOURS; h++) expect(t.series[j]![h]! * 20_000).toBe(hourly[h]);
  });

  it.each([
    ['1 ha', undefined],
    ['1.5 ha', undefined],
    ['1.5 ha', ['miners.count', 300]],
    ['1.2 ha', ['bufferTank.volume', '40 m^3']],
  ] as [string, [string, unknown] | undefined][])(
    '%s (plant edit %s): the same result as a full run, to the bit',
    (a, edit) => {
      const s = at(a, edit ? setField(pilot, ...edit) : pilot);
      const r = simulateTraced(s, { hours: HOURS }, { replay: base.trace! });
      expect(r.replayed).toBe(true);
      sameToTheBit(r.result, simulate(s, { hours: HOURS }));
    },
  );

  it('3 ha, more than the 6 MW backup heater can hold at set-point, is run in full', () => {
    const s = at('3 ha');
    const r = simulateTraced(s, { hours: HOURS }, { replay: base.trace! });
    expect(r.replayed).toBe(false);
    expect(r.result.kpis.unmetHeat_MWh).toBeGreaterThan(0);
    sameToTheBit(r.result, simulate(s, { hours: HOURS }));
  });

  describe('the primary loop’s limit, which depends on the area, is checked', () => {
    // a 30 L/s loop: enough for 1 ha, it limits the valve of 1.5 ha in the coldest steps
    const thin = setField(pilot, 'greenhouseLoop.flow', '30 L/s');
    const oneHa = simulateTraced(at('1 ha', thin), { hours: HOURS }, { record: true }).trace!;
    const bigger = simulateTraced(at('1.5 ha', thin), { hours: HOURS }, { record: true }).trace!;

    it('the traces say which run the loop limited', () => {
      expect(oneHa.loopLimited).toBe(false);
      expect(bigger.loopLimited).toBe(true);
    });

    it('a loop-free trace at an area whose loop would limit a step: run in full', () => {
      const s = at('1.5 ha', thin);
      const r = simulateTraced(s, { hours: HOURS }, { replay: oneHa });
      expect(r.replayed).toBe(false);
      sameToTheBit(r.result, simulate(s, { hours: HOURS }));
    });

    it('a trace the loop limited replays a plant edit at its own area only', () => {
      const small = at('1 ha', thin);
      const r = simulateTraced(small, { hours: HOURS }, { replay: bigger });
      expect(r.replayed).toBe(false);
      sameToTheBit(r.result, simulate(small, { hours: HOURS }));
      const plant = at('1.5 ha', setField(thin, 'miners.count', 300));
      const p = simulateTraced(plant, { hours: HOURS }, { replay: bigger });
      expect(p.replayed).toBe(true);
      sameToTheBit(p.result, simulate(plant, { hours: HOURS }));
    });

    it('RunCache: a floor-area edit replays a loop-free trace, not one the loop limited', () => {
      const cache = new RunCache(4, 2);
      const o = { hours: HOURS };
      cache.run(at('1 ha', thin), o);
      expect(cache.replaysFor(at('1.2 ha', thin), o)).toBe(true);
      sameToTheBit(cache.run(at('0.8 ha', thin), o).result, simulate(at('0.8 ha', thin), o));
      expect(cache.replays).toBe(1);
      // 1.5 ha: the loop would limit it, so it is run in full and its own trace (the loop limited) recorded, kept
      // under its area beside the 1 ha trace, which still replays the other areas
      sameToTheBit(cache.run(at('1.5 ha', thin), o).result, simulate(at('1.5 ha', thin), o));
      expect(cache.replays).toBe(1);
      expect(cache.kept(at('1.5 ha', thin), o)).toEqual({ replays: true, scales: false });
      expect(cache.kept(at('0.9 ha', thin), o)).toEqual({ replays: true, scales: true });
      const plant = at('1.5 ha', setField(thin, 'miners.count', 300));
      sameToTheBit(cache.run(plant, o).result, simulate(plant, o));
      sameToTheBit(cache.run(at('0.9 ha', thin), o).result, simulate(at('0.9 ha', thin), o));
      expect(cache.replays).toBe(3);
    });
  });
});

describe('greenhouseKey: what the greenhouse side reads', () => {
  const key = greenhouseKey(loadScenario(pilot));
  it.each([
    ['greenhouse.nightSetpoint', '16 degC'],
    ['greenhouse.pipeFlowPerArea', '0.004 kg/s/m^2'],
    ['greenhouseLoop.flow', '60 L/s'],
    ['greenhouseLoop.heatingCurve', [{ outdoor: '-32 degC', supply: '80 degC' }]],
    ['simulation.timeStep', '5 min'],
    ['site.designOutdoorTemperature', '-30 degC'],
  ])('%s changes it', (path, value) => {
    expect(greenhouseKey(loadScenario(setField(pilot, path, value)))).not.toBe(key);
  });
  it('the plant, the economics, the text and the floor area do not', () => {
    let s = pilot;
    for (const [p, v] of PLANT_EDITS) s = setField(s, p, v);
    s = setField(s, 'name', 'another name');
    s = setField(s, 'greenhouse.floorArea', '3 ha');
    expect(greenhouseKey(loadScenario(s))).toBe(key);
  });
});

describe('RunCache replays the greenhouse of its latest run for a plant-only edit', () => {
  it('plant edits replay, a greenhouse edit runs in full and records anew; every result is simulate’s', () => {
    const cache = new RunCache(2);
    const o = { hours: HOURS };
    const steps: [unknown, number][] = [
      [pilot, 0],
      [setField(pilot, 'heatExchanger.area', '60 m^2'), 1],
      [setField(pilot, 'dryCooler.count', 2), 2],
      [setField(pilot, 'greenhouse.nightSetpoint', '16 degC'), 2],
      [setField(setField(pilot, 'greenhouse.nightSetpoint', '16 degC'), 'miners.count', 300), 3],
    ];
    for (const [json, replays] of steps) {
      const s = loadScenario(json);
      sameToTheBit(cache.run(s, o).result, simulate(s, o));
      expect(cache.replays).toBe(replays);
    }
    // it keeps the 16 °C greenhouse (for these options only), not the pilot's any more
    const small = loadScenario(setField(pilot, 'greenhouse.nightSetpoint', '16 degC'));
    expect(cache.replaysFor(small, o)).toBe(true);
    expect(cache.replaysFor(small, { hours: HOURS - 24 })).toBe(false);
    expect(cache.replaysFor(loadScenario(pilot), o)).toBe(false);
    // a run that is short keeps nothing new: the 16 °C greenhouse stays
    cache.run(loadScenario(setField(pilot, 'backupHeater.capacity', '0 MW')), o);
    expect(cache.replaysFor(small, o)).toBe(true);
    // a replay that falls short: the trace stays, but the cache says it would not replay the next edit
    cache.run(
      loadScenario(
        setField(setField(pilot, 'greenhouse.nightSetpoint', '16 degC'), 'backupHeater.capacity', '0 MW'),
      ),
      o,
    );
    expect(cache.replaysFor(small, o)).toBe(false);
    cache.run(
      loadScenario(setField(setField(pilot, 'greenhouse.nightSetpoint', '16 degC'), 'miners.count', 320)),
      o,
    );
    expect(cache.replaysFor(small, o)).toBe(true);
  });

  it('with room for several greenhouses, keeps the most recently used ones (a repriced run counts as a use)', () => {
    const cache = new RunCache(4, 2);
    const o = { hours: HOURS };
    const house = (t: string, edit?: [string, unknown]) =>
      loadScenario(
        edit
          ? setField(setField(pilot, 'greenhouse.nightSetpoint', t), ...edit)
          : setField(pilot, 'greenhouse.nightSetpoint', t),
      );
    const run = (s: ReturnType<typeof house>) => sameToTheBit(cache.run(s, o).result, simulate(s, o));
    run(house('15 degC'));
    run(house('15.5 degC'));
    // both kept: a plant edit of either replays
    run(house('15 degC', ['miners.count', 300]));
    run(house('15.5 degC', ['miners.count', 300]));
    expect(cache.replays).toBe(2);
    // the 15 °C run again, repriced from the runs kept (no simulation): its greenhouse becomes the most recent
    expect(cache.run(house('15 degC', ['economics.btcPrice', '90000 USD']), o).repriced).toBe(true);
    // a third greenhouse pushes out the least recently used: 15.5 °C
    run(house('16 degC'));
    expect(cache.replaysFor(house('15 degC'), o)).toBe(true);
    expect(cache.replaysFor(house('16 degC'), o)).toBe(true);
    expect(cache.replaysFor(house('15.5 degC'), o)).toBe(false);
    run(house('15.5 degC', ['dryCooler.count', 2]));
    expect(cache.replays).toBe(2);
  });

  it('the progress reported never goes back when a replay falls short and the run is made in full', () => {
    const base = simulateTraced(loadScenario(pilot), { hours: HOURS }, { record: true }).trace!;
    // a trace whose greenhouse asks 600 W/m² (12 MW on 2 ha: more than the 2.7 MW exchanger and 6 MW backup
    // give) in a step of the run's fourth day: the plant falls short there, after three days of progress, and
    // the run starts again in full
    const steps = Float64Array.from(base.steps);
    steps[(base.warmHours + 3 * 24) * base.stepsPerHour * STEP_FIELDS + STEP.q] = 600;
    const seen: number[] = [];
    const s = loadScenario(pilot);
    const r = simulateTraced(
      s,
      { hours: HOURS, onProgress: (f) => seen.push(f) },
      { replay: { ...base, steps } },
    );
    expect(r.replayed).toBe(false);
    sameToTheBit(r.result, simulate(s, { hours: HOURS }));
    expect(seen.slice(0, 3)).toEqual([1 / 7, 2 / 7, 3 / 7]);
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
  });
});
