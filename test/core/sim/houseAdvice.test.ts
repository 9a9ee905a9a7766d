/**
 * Runs the valid-scenario fuzz stopped, a full year each (FUZZ_HOURS=8760, seeds 50261207–50261606), reduced to
 * the fields that matter: what the user now reads (src/core/sim/advice.ts `inHouse`, `atHour`), and a run that
 * stops no more (src/core/greenhouse/screenRoot.ts, a repeated trial).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PhysicsError } from '../../../src/core/errors';
import { loadScenario, setField } from '../../../src/core/models/scenario';
import { inHouse } from '../../../src/core/sim/advice';
import { SERIES_NAMES } from '../../../src/core/sim/outputs';
import { simulate } from '../../../src/core/sim/simulate';

const pilot = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const edit = (pairs: readonly (readonly [string, unknown])[]) =>
  pairs.reduce((s: unknown, [k, v]) => setField(s, k, v), pilot);

describe('a house that overheats beyond the model’s range says so, when, and what to change', () => {
  // seed 50261374: a low (1.5 m) double-glass house held at 31 °C by day, without roof vents or leakage. The sun
  // takes its air past 82 °C (saturated: 50 kPa of vapour) on 24 May; before, the run stopped with "greenhouse
  // state vpAir = 50286 Pa is outside 0–50 kPa (vapour balance diverged)", naming nothing the user set.
  const sealed = edit([
    ['greenhouse.coverToFloorRatio', 1.11],
    ['greenhouse.height', '1.5 m'],
    ['greenhouse.daySetpoint', '31 degC'],
    ['greenhouse.leakage', '0 1/h'],
    ['greenhouse.roofVentShare', '0 %'],
  ]);

  it('a sealed house: its vents and leakage named, with values to try, and the date', () => {
    let msg = '';
    try {
      simulate(sealed, { hours: 3500 });
    } catch (e) {
      expect(e).toBeInstanceOf(PhysicsError);
      msg = (e as Error).message;
    }
    expect(msg).toMatch(
      /^greenhouse: the house overheats beyond the model's range on \d+ May \(hour ending \d+:00\): /,
    );
    expect(msg).toMatch(/the vapour pressure of the air reached 5\d\.\d kPa, past the model's 50 kPa/);
    expect(msg).toContain('roof vents on 0.0 % of the floor (greenhouse.roofVentShare)');
    expect(msg).toContain('0.00 1/h of leakage (greenhouse.leakage)');
    expect(msg).toContain('give the house roof vents (e.g. "10 %") or leakage (e.g. "0.5 1/h")');
  });

  const vaporised = new PhysicsError(
    'greenhouse state vpAir = 50291.6 Pa is outside 0–50 kPa (saturated air near 81 °C: the air overheats), on 8 Jul (hour ending 18:00)',
  );

  it('a house with vents: the fields to raise, with their values', () => {
    const s = loadScenario(pilot);
    expect(inHouse(vaporised, s).message).toBe(
      "greenhouse: the house overheats beyond the model's range on 8 Jul (hour ending 18:00): the vapour pressure of the air reached 50.3 kPa, past the model's 50 kPa (saturated air near 82 °C); raise greenhouse.roofVentShare (10.0 %) or greenhouse.leakage (0.50 1/h), or lower greenhouse.ventOffset",
    );
    const hotCanopy = new PhysicsError(
      'greenhouse state canopy = 512.4 K is outside 150–500 K; the inputs drove …',
    );
    expect(inHouse(hotCanopy, s).message).toContain(
      "range: its canopy temperature reached 239 °C, past the model's 227 °C; raise greenhouse.roofVentShare",
    );
  });

  it('other refusals pass unchanged: vapour below 0, a pipe beyond 500 K, any other message', () => {
    const s = loadScenario(pilot);
    for (const m of [
      'greenhouse state vpTop = -3 Pa is outside 0–50 kPa (the vapour balance diverged)',
      'greenhouse state pipe = 508.4 K is outside 150–500 K; the inputs drove the model out of range',
      'greenhouse state air = 140 K is outside 150–500 K; the inputs drove the model out of range',
      'water: 265.6 K (−7.5 °C) is below its freezing point 273.15 K (0.0 °C)',
    ]) {
      const e = new PhysicsError(m);
      expect(inHouse(e, s)).toBe(e);
    }
  });
});

describe('the implicit screen’s search never repeats a trial', () => {
  // seed 50261491: a house held at 5 °C without vents or leakage, at 5-min steps. On 22 February the screen's
  // first step along the last search's slopes landed back on its first trial, and the line through two equal
  // trials has no slope: "greenhouse screen closure: the function is not finite at the bracket ends (NaN, NaN)".
  it('the February hours that stopped it run, every series finite', () => {
    const input = edit([
      ['greenhouse.daySetpoint', '5 degC'],
      ['greenhouse.nightSetpoint', '5 degC'],
      ['greenhouse.leakage', '0 1/h'],
      ['greenhouse.indoorRH', '75.7 %'],
      ['greenhouse.roofVentShare', '0 %'],
      ['simulation.timeStep', '5 min'],
    ]);
    const r = simulate(input, { hours: 1400 });
    for (const k of SERIES_NAMES) expect(r.series[k].every(Number.isFinite), k).toBe(true);
  });
});
