/** Scenario section `control`: dispatch of the miners. */
import { z } from 'zod';
import { choice, custom, fraction, section } from './declare';

export const control = section(
  'control',
  'How the miners are dispatched',
  {
    dispatch: choice({
      values: ['mining-first', 'heat-led'],
      default: 'mining-first',
      doc: 'mining-first: miners always run; heat-led: miners follow the greenhouse load',
      source: 'assumption: mining-first',
    }),
    minPowerFraction: fraction({
      min: 0,
      max: 1,
      default: 0.3,
      doc: 'heat-led: miners never go below this fraction of power while running',
      source: 'assumption: 30 %',
    }),
    curtailAbovePrice: custom(
      {
        unit: 'currency/kWh',
        example: '0.15 USD/kWh',
        optional: true,
        doc: 'Miners stop in hours whose electricity price exceeds this (USD or CAD per kWh)',
        source: 'user input',
      },
      z.union([z.string().max(100), z.number()]).optional(),
    ),
  },
  {},
);
