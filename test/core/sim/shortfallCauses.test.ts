/**
 * The too-cold warning's advice follows what limited the heat in the unmet hours themselves (warnings.ts
 * `shortfallCauses`). On the first 3,400 hours of the pilot with a cooler heating curve (60 °C at −32 °C, 45 °C
 * at 15 °C) and a 2 MW backup heater, the backup reaches its capacity in some hours, but the unmet hours are
 * mostly ones where the curve's supply temperature and the greenhouse loop's flow capped the heat; the old
 * advice ("the backup heater is too small") was tested here against what it promised: doubling the backup
 * leaves those hours unmet. (The pilot itself, 6 MW and 85 / 60 °C, has no unmet hour there since the light
 * and wind are interpolated within the hour.)
 */
import { describe, expect, it } from 'vitest';
import pilot from '../../../models/sites/manitoba-pilot.json';
import { loadScenario, setField } from '../../../src/core/models/scenario';
import { simulate } from '../../../src/core/sim/simulate';

const HOURS = 3400;
const COOLER_CURVE = [
  { outdoor: '-32 degC', supply: '60 degC' },
  { outdoor: '15 degC', supply: '45 degC' },
];
const run = (capacity: string) =>
  simulate(
    loadScenario(
      setField(
        setField(pilot, 'greenhouseLoop.heatingCurve', COOLER_CURVE),
        'backupHeater.capacity',
        capacity,
      ),
    ),
    { hours: HOURS },
  );
/** The hour counts the too-cold warning gives for each cause. */
function causes(message: string) {
  const n = (re: RegExp) => Number(re.exec(message)?.[1] ?? 0);
  return {
    supply: n(/in (\d+) hours? the supply temperature capped/),
    loop: n(/in (\d+) hours? the greenhouse loop's flow/),
    backup: n(/in (\d+) hours? the backup heater was at capacity/),
  };
}

describe('the too-cold warning names the causes of its own hours', () => {
  it('doubling the backup does not remove the hours it blames on the supply temperature and the loop', () => {
    const two = run('2 MW');
    const cold2 = two.warnings.find((w) => w.code === 'greenhouse-too-cold')!;
    const c2 = causes(cold2.message);
    expect(c2.supply + c2.loop).toBeGreaterThan(0);
    // the backup was at capacity somewhere in these hours
    expect(two.warnings.some((w) => w.code === 'unmet-heat')).toBe(true);

    const four = run('4 MW');
    expect(four.warnings.some((w) => w.code === 'unmet-heat')).toBe(false);
    const cold4 = four.warnings.find((w) => w.code === 'greenhouse-too-cold')!;
    // with twice the backup, at least the hours not blamed on the backup stay unmet, and none is blamed on it
    expect(cold4.hours).toBeGreaterThanOrEqual(cold2.hours! - c2.backup);
    expect(causes(cold4.message).backup).toBe(0);
    expect(cold4.message).not.toContain('backupHeater.capacity');
  });
});
