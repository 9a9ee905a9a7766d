/** Scenario section `bufferTank`: optional stratified hot-water store (volume 0 = none). */
import { integer, quantity, section } from './declare';

export const bufferTank = section(
  'bufferTank',
  'Stratified buffer tank (volume 0 = no tank)',
  {
    volume: quantity({
      unit: 'm^3',
      min: 0,
      // 0 is no tank; below a litre the tank's nodes hold no heat the step can resolve (1e-323 m³ gave NaN).
      zeroOrAtLeast: 1e-3,
      max: 100_000,
      example: '50 m^3',
      doc: 'Water volume (0 = no tank, otherwise at least 1 L)',
      source: 'user input',
    }),
    height: quantity({
      unit: 'm',
      min: 0.5,
      max: 50,
      example: '6 m',
      default: 6,
      doc: 'Tank height (stratification)',
      source: 'assumption: 6 m',
    }),
    nodes: integer({
      min: 1,
      max: 50,
      default: 8,
      doc: 'Number of stratification layers',
      source: 'assumption: 8 layers',
    }),
    lossUA: quantity({
      unit: 'W/K',
      min: 0,
      max: 1e5,
      example: '50 W/K',
      default: 50,
      doc: 'Heat-loss coefficient of the whole tank to its surroundings',
      source: 'assumption: 50 W/K, an insulated 50 m³ tank',
    }),
  },
  { volume: 0 },
);
