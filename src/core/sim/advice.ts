/**
 * What to change when a run stops on a physical limit: the refusals of the fluids and of the greenhouse model
 * name their own quantities; these say which scenario fields are behind them.
 */
import { PhysicsError, ZERO_CELSIUS } from '../errors';
import { STATE_RANGE } from '../greenhouse';
import { type Scenario, scenarioFluids } from '../models/scenario';
import type { WeatherYear } from '../weather/epw';

/** What to change in each loop when its fluid is too cold, boils, or leaves its property fits' range. */
const LOOP_FIX = {
  cold: {
    minerLoop:
      'raise the glycol share of minerLoop.fluid or minerLoop.inletSetpoint, or raise minerLoop.flowPerMiner',
    greenhouseLoop:
      'raise greenhouseLoop.flow or backupHeater.capacity, or use a glycol in greenhouseLoop.fluid',
  },
  boiling: {
    minerLoop:
      'raise minerLoop.pressure, or lower minerLoop.inletSetpoint or miners.powerLimit, or raise minerLoop.flowPerMiner',
    greenhouseLoop:
      'raise greenhouseLoop.pressure or lower the greenhouseLoop.heatingCurve supply temperatures',
  },
  fits: {
    minerLoop: 'lower minerLoop.inletSetpoint or miners.powerLimit, or raise minerLoop.flowPerMiner',
    greenhouseLoop: 'lower the greenhouseLoop.heatingCurve supply temperatures',
  },
} as const;

/**
 * A fluid's range error (fluids/limits.ts: below freezing, above boiling, above its property fits) names the
 * fluid only: say which loop and which fields to change (the temperature follows from the loop's set-points,
 * the miners' heat and the weather).
 */
export function inLoop(e: PhysicsError, s: Scenario): PhysicsError {
  const m =
    /^(.+?): .* is (below its freezing point|above its boiling point|above .*, the upper limit of)/.exec(
      e.message,
    );
  if (!m) return e;
  const { minerLoop: mf, greenhouseLoop: gf } = scenarioFluids(s);
  const kind = m[2]!.startsWith('below') ? 'cold' : m[2]!.includes('boiling') ? 'boiling' : 'fits';
  const loops = (['minerLoop', 'greenhouseLoop'] as const).filter(
    (l) => (l === 'minerLoop' ? mf : gf).label === m[1],
  );
  if (loops.length === 0) return e;
  const where = loops.map((l) => `${l}: ${LOOP_FIX[kind][l]}`).join('; or, in the ');
  return new PhysicsError(`${e.message}. In the ${where}`);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The greenhouse model's range refusal (greenhouse/state.ts validateState), as its message begins. */
const HOUSE_RANGE = /^greenhouse state (\w+) = (\S+) (K|Pa) is outside/;

/** A greenhouse range refusal in weather hour `hr`, with that hour's date (others unchanged). */
export function atHour(e: unknown, w: WeatherYear, hr: number): unknown {
  if (!(e instanceof PhysicsError && HOUSE_RANGE.test(e.message))) return e;
  const h = Math.min(hr, w.month.length - 1);
  return new PhysicsError(
    `${e.message}, on ${w.day[h]} ${MONTHS[w.month[h]! - 1]} (hour ending ${w.hour[h]}:00)`,
  );
}

/** Roof vents (share of the floor) and leakage (air changes per hour) below which a house counts as sealed. */
const SEALED = { vents: 0.005, leakage: 0.05 / 3600 };

/** What reached past the model's range (STATE_RANGE), in words: a compartment's vapour or a node's temperature. */
function reached(name: string, v: number, unit: string): string {
  const R = STATE_RANGE;
  if (unit === 'Pa') {
    const where = name === 'vpTop' ? 'the air above the screen' : 'the air';
    return `the vapour pressure of ${where} reached ${(v / 1e3).toFixed(1)} kPa, past the model's ${R.vpMax / 1e3} kPa (saturated air near ${R.saturatedAtVpMaxC.toFixed(0)} °C)`;
  }
  return `its ${name} temperature reached ${(v - ZERO_CELSIUS).toFixed(0)} °C, past the model's ${(R.tMax - ZERO_CELSIUS).toFixed(0)} °C`;
}

/**
 * The greenhouse model's state left its range (STATE_RANGE: 150–500 K, vapour 0–50 kPa). A vapour pressure past
 * 50 kPa is saturated air near 82 °C, a temperature past 500 K a house far hotter still: the house overheats, and
 * in a house without roof vents or leakage the sun's heat has nowhere to go. Other range refusals pass unchanged.
 */
export function inHouse(e: PhysicsError, s: Scenario): PhysicsError {
  const m = HOUSE_RANGE.exec(e.message);
  if (!m) return e;
  const v = Number(m[2]);
  const hot = m[3] === 'Pa' ? v >= STATE_RANGE.vpMax : v >= STATE_RANGE.tMax && m[1] !== 'pipe';
  if (!hot) return e;
  const when = /, (on \d+ \w+ \(hour ending \d+:00\))$/.exec(e.message)?.[1];
  const g = s.greenhouse;
  const vents = `${(100 * g.roofVentShare).toFixed(1)} %`;
  const leak = `${(g.leakage * 3600).toFixed(2)} 1/h`;
  const why =
    g.roofVentShare < SEALED.vents && g.leakage < SEALED.leakage
      ? `with roof vents on ${vents} of the floor (greenhouse.roofVentShare) and ${leak} of leakage (greenhouse.leakage) the sun's heat has nowhere to go: give the house roof vents (e.g. "10 %") or leakage (e.g. "0.5 1/h")`
      : `raise greenhouse.roofVentShare (${vents}) or greenhouse.leakage (${leak}), or lower greenhouse.ventOffset`;
  return new PhysicsError(
    `greenhouse: the house overheats beyond the model's range${when ? ` ${when}` : ''}: ${reached(m[1]!, v, m[3]!)}; ${why}`,
  );
}
