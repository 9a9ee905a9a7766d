/** Scenario section `greenhouseLoop`: the primary loop through the exchanger and the backup heater. */
import { z } from 'zod';
import { toCelsius } from '../../errors';
import { custom, fluid, fraction, quantity, qtySchema, section } from './declare';

const heatingCurvePoint = z.strictObject({
  outdoor: qtySchema('K', 223.15, 323.15, '-30 degC'),
  supply: qtySchema('K', 283.15, 373.15, '80 degC'),
});

/**
 * A heating curve gives one supply temperature per outdoor temperature: two points at the same outdoor
 * temperature (after unit conversion, to 1 mK) are refused on the later one.
 */
function distinctOutdoor(points: { outdoor: number; supply: number }[], ctx: z.RefinementCtx): void {
  for (let i = 1; i < points.length; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs(points[i]!.outdoor - points[j]!.outdoor) < 1e-3) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'outdoor'],
          message: `point ${i + 1} has the outdoor temperature of point ${j + 1} (${toCelsius(points[i]!.outdoor).toFixed(1)} °C); allowed: a different outdoor temperature for each point (one supply temperature per outdoor temperature)`,
        });
        return;
      }
    }
  }
}

export const greenhouseLoop = section(
  'greenhouseLoop',
  'Primary loop through the exchanger and backup heater',
  {
    fluid: fluid({ default: 'water', doc: 'Loop fluid', source: 'assumption: water (greenhouse heating)' }),
    flow: quantity({
      unit: 'm^3/s',
      min: 1e-5,
      max: 10,
      example: '25 L/s',
      doc: 'Primary flow through the exchanger and boiler',
      source: 'user input',
    }),
    pressure: quantity({
      unit: 'Pa',
      min: 1e5,
      max: 1e6,
      example: '3 bar',
      default: 3e5,
      doc: 'Loop static pressure (fluid properties, boiling check)',
      source: 'assumption: 3 bar',
    }),
    heatingCurve: custom(
      {
        kind: 'list',
        unit: 'K',
        example:
          '[{"outdoor": "-22 degC", "supply": "80 degC"}, {"outdoor": "15 degC", "supply": "45 degC"}]',
        default: [
          { outdoor: 263.15 - 22, supply: 353.15 },
          { outdoor: 288.15, supply: 318.15 },
        ],
        min: 223.15,
        max: 373.15,
        doc: 'Supply temperature vs outdoor temperature (linear between points, flat beyond the ends)',
        source: 'assumption: 80 °C at −22 °C, 45 °C at 15 °C (hot-water greenhouse heating practice)',
      },
      z
        .array(heatingCurvePoint)
        .min(1)
        .max(100, { error: 'at most 100 points' })
        .superRefine(distinctOutdoor)
        .default([
          { outdoor: 263.15 - 22, supply: 353.15 },
          { outdoor: 288.15, supply: 318.15 },
        ]),
    ),
    pumpEfficiency: fraction({
      min: 0.05,
      max: 1,
      default: 0.6,
      doc: 'Loop pump efficiency (wire to water)',
      source: 'assumption: 0.6',
    }),
    externalPressureDrop: quantity({
      unit: 'Pa',
      min: 0,
      max: 2e6,
      example: '100 kPa',
      default: 1e5,
      doc: 'Pressure drop of the loop outside the exchanger at nominal flow',
      source: 'assumption: 100 kPa',
    }),
  },
);
