/** Scenario section `backupHeater`: the boiler that tops up what the miners do not cover. */
import { choice, fraction, quantity, section } from './declare';

export const backupHeater = section('backupHeater', 'Backup boiler that tops up the miners’ heat', {
  type: choice({
    values: ['electric', 'natural-gas', 'propane'],
    doc: 'Backup heater energy',
    source: 'user input',
  }),
  capacity: quantity({
    unit: 'W',
    min: 0,
    max: 1e9,
    example: '6 MW',
    doc: 'Heat output capacity',
    source: 'user input',
  }),
  // The heater model (components/backupHeater.ts) accepts efficiencies in (0, 1] on the heating-value basis
  // of the fuel price; the schema must not admit more.
  efficiency: fraction({
    min: 0.3,
    max: 1,
    default: 0.99,
    doc: 'Heater efficiency (heat out / energy in), at most 1',
    source: 'assumption: 0.99 for an electric boiler',
  }),
});
