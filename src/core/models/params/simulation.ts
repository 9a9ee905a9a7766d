/** Scenario section `simulation`: solver settings. */
import { quantity, section } from './declare';

export const simulation = section(
  'simulation',
  'Simulation settings',
  {
    timeStep: quantity({
      unit: 's',
      min: 60,
      max: 3600,
      example: '15 min',
      default: 900,
      doc: 'Internal time step (output is hourly); must divide one hour',
      source: 'assumption: 15 min resolves the greenhouse air’s thermal time constant',
    }),
  },
  {},
);
