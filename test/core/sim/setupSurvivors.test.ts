// Mutation survivors of src/core/sim/setup.ts (issue 18). The other survivors there are equivalent (README,
// equivalents table): writes one past a Float64Array's end, and a clamp that never binds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario, ScenarioError } from '../../../src/core/models/scenario';
import { leafAreaSeries } from '../../../src/core/sim/setup';
import { bundledWeather } from '../../../src/core/weather/bundled';
import { refusal } from './refusal';

type Schedule = { date: string; lai: number }[];

/** The Manitoba pilot as loaded, with `sched` put in after validation (as a caller building a Scenario may). */
function unvalidated(sched: Schedule): Scenario {
  const s = loadScenario(JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8')));
  return { ...s, greenhouse: { ...s.greenhouse, leafAreaSchedule: sched } } as Scenario;
}

/** The path the scenario loader gives the same schedule's first invalid field. */
function loaderPath(sched: Schedule): string {
  const j = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
  j.greenhouse.leafAreaSchedule = sched;
  try {
    loadScenario(j);
  } catch (e) {
    if (e instanceof ScenarioError) return e.issues[0]!.path;
    throw e;
  }
  throw new Error('the loader accepted the schedule');
}

describe('setup survivors: leafAreaSeries names the scenario field of a bad schedule', () => {
  it('points out of calendar order: greenhouse.leafAreaSchedule.1.date, the path the loader gives', () => {
    const sched = [
      { date: '03-01', lai: 3 },
      { date: '01-01', lai: 0.2 },
    ];
    const e = refusal(() => leafAreaSeries(unvalidated(sched), bundledWeather()));
    expect(e.field).toBe('greenhouse.leafAreaSchedule.1.date');
    expect(e.field).toBe(loaderPath(sched));
    expect(e.value).toBe('01-01');
    expect(e.allowed).toBe('a date after 03-01 (points in calendar order)');
  });

  it('a date that is not a calendar day (13-40): greenhouse.leafAreaSchedule.0.date', () => {
    const sched = [{ date: '13-40', lai: 3 }];
    const e = refusal(() => leafAreaSeries(unvalidated(sched), bundledWeather()));
    expect(e.field).toBe('greenhouse.leafAreaSchedule.0.date');
    expect(e.field).toBe(loaderPath(sched));
    expect(e.value).toBe('13-40');
  });
});
