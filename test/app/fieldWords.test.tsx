/**
 * Field paths in the core's warnings read as the editor's group and label (a UI review found
 * "raise backupHeater.capacity" and "greenhouse.pipeLengthPerArea" shown to users).
 */
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RunStatus } from '../../src/app/components/RunStatus';
import { Warnings } from '../../src/app/components/Warnings';
import { createProgressStore } from '../../src/app/lib/progressStore';
import { fieldWords } from '../../src/app/lib/fieldWords';
import { simulate } from '../../src/core/sim/simulate';

describe('fieldWords', () => {
  it('names a field by its editor group and label; numbers, file names and unknown paths stay', () => {
    expect(fieldWords('capacity (6000 kW): raise backupHeater.capacity.')).toBe(
      'capacity (6000 kW): raise “Backup heater › Capacity”.',
    );
    expect(
      fieldWords('raise the greenhouseLoop.heatingCurve supply temperatures or greenhouse.pipeLengthPerArea'),
    ).toBe(
      'raise the “Greenhouse water loop › Heating curve” supply temperatures or “Greenhouse › Heating pipe per floor area”',
    );
    expect(fieldWords('0.012 % of manitoba-pilot.json, economics.notAField')).toBe(
      '0.012 % of manitoba-pilot.json, economics.notAField',
    );
  });

  it('a parameter the editor does not show: its declared description, its group, and where to set it', () => {
    expect(fieldWords('lower greenhouse.roofSlope or heatPump.capacity')).toBe(
      'lower “Greenhouse › Slope of the gable roof” (greenhouse.roofSlope in the scenario file) or ' +
        '“Heat output capacity at the condenser” (heatPump.capacity in the scenario file)',
    );
    // a path that only looks like a parameter (an inherited property name) is left alone
    expect(fieldWords('greenhouse.constructor')).toBe('greenhouse.constructor');
  });

  it('the warnings of the pilot with a 2 MW backup heater show no field path the editor has a label for', () => {
    const pilot = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
    pilot.backupHeater.capacity = '2 MW';
    const r = simulate(pilot, { hours: 24 * 60 });
    // the core's messages do name fields (so the check below is not empty)
    expect(r.warnings.map((w) => w.message).join(' ')).toMatch(/backupHeater\.capacity/);
    const html = renderToStaticMarkup(<Warnings warnings={r.warnings} units="imperial" />);
    expect(html).toContain('“Backup heater › Capacity”');
    expect(html).not.toMatch(/backupHeater\.|greenhouseLoop\.|greenhouse\.pipe|minerLoop\./);
  });

  it('a failed run says what to change in the editor’s words and the page’s units, as its warnings do', () => {
    // a core refusal as simulate.ts gives it (advice.ts), field paths and a temperature in it
    const error =
      'miner loop: the water would cool below 2.0 °C, 2.0 K above its freezing point — the container air ' +
      '(miners.containerAirTemperature -10.0 °C) and the exchanger take more heat than the miners make; raise ' +
      'the glycol share of minerLoop.fluid, miners.containerAirTemperature, or the miners’ lowest power ' +
      '(control.minPowerFraction, miners.powerLimit)';
    const html = (units: 'SI' | 'imperial') =>
      renderToStaticMarkup(
        <RunStatus
          state="final"
          run={null}
          progress={createProgressStore()}
          error={error}
          busy={false}
          pendingEdits={0}
          units={units}
        />,
      );
    const si = html('SI');
    expect(si).toContain('The simulation failed: miner loop');
    expect(si).not.toMatch(/minerLoop\.|miners\.container|control\.minPower/);
    expect(si).toContain('-10.0 °C');
    expect(html('imperial')).toMatch(/14(\.0)? °F/); // −10 °C
  });
});
