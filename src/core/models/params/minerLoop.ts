/** Scenario section `minerLoop`: the closed coolant loop through the miners. */
import { fluid, fraction, quantity, section } from './declare';

export const minerLoop = section('minerLoop', 'The closed coolant loop through the miners', {
  fluid: fluid({ doc: 'Coolant, e.g. "propylene-glycol 55%"', source: 'miner datasheet coolant (catalog)' }),
  flowPerMiner: quantity({
    unit: 'm^3/s',
    min: 1e-6,
    max: 1e-2,
    example: '12 L/min',
    doc: 'Coolant flow per miner (volume flow at the loop’s mean temperature)',
    source: 'miner datasheet flow range (catalog)',
  }),
  inletSetpoint: quantity({
    unit: 'K',
    min: 278.15,
    max: 368.15,
    example: '70 degC',
    doc: 'Miner coolant inlet set-point held by the dry cooler fans',
    source: 'miner datasheet inlet range (catalog)',
  }),
  pressure: quantity({
    unit: 'Pa',
    min: 1e5,
    max: 1e6,
    example: '3 bar',
    default: 3e5,
    doc: 'Loop static pressure (fluid properties, boiling check)',
    source: 'assumption: 3 bar, typical closed-loop fill pressure',
  }),
  pumpEfficiency: fraction({
    min: 0.05,
    max: 1,
    default: 0.6,
    doc: 'Loop pump efficiency (wire to water)',
    source: 'assumption: 0.6, mid-size inline pumps',
  }),
  externalPressureDrop: quantity({
    unit: 'Pa',
    min: 0,
    max: 2e6,
    example: '150 kPa',
    default: 1.5e5,
    doc: 'Pressure drop outside the miners (piping, exchanger, dry cooler) at nominal flow',
    source: 'assumption: 150 kPa',
  }),
});
