/**
 * EPW column rules from the EnergyPlus Auxiliary Programs documentation, "EnergyPlus Weather File (EPW) Data
 * Dictionary": record position, missing-value code, valid range of each field the twin reads.
 */
import type { WeatherColumn } from './epwTypes';

/** Data-dictionary rules for one column: 0-based position in the record, missing code, valid range. */
export interface ColumnSpec {
  readonly key: WeatherColumn;
  readonly index: number;
  readonly name: string;
  /** Values ≥ this are "missing" (data dictionary `\missing`: "if values are >= the following number"). */
  readonly missingAtOrAbove: number;
  readonly min: number;
  readonly max: number;
  /** `\minimum>` / `\maximum<` (exclusive bounds). */
  readonly exclusive: boolean;
}

// EPW Data Dictionary, fields N6…N30 (0-based record positions: N1 Year is 0, A1 flags is 5).
export const SPECS: readonly ColumnSpec[] = [
  {
    key: 'dryBulb',
    index: 6,
    name: 'Dry Bulb Temperature',
    missingAtOrAbove: 99.9,
    min: -70,
    max: 70,
    exclusive: true,
  },
  {
    key: 'dewPoint',
    index: 7,
    name: 'Dew Point Temperature',
    missingAtOrAbove: 99.9,
    min: -70,
    max: 70,
    exclusive: true,
  },
  {
    key: 'relativeHumidity',
    index: 8,
    name: 'Relative Humidity',
    missingAtOrAbove: 999,
    min: 0,
    max: 110,
    exclusive: false,
  },
  {
    key: 'pressure',
    index: 9,
    name: 'Atmospheric Station Pressure',
    missingAtOrAbove: 999999,
    min: 31000,
    max: 120000,
    exclusive: true,
  },
  // No maximum in the dictionary; physical bound: σ·(70 °C)⁴ = 786 W/m² for a black sky at the hottest valid air.
  {
    key: 'horizontalInfrared',
    index: 12,
    name: 'Horizontal Infrared Radiation Intensity',
    missingAtOrAbove: 9999,
    min: 0,
    max: 1000,
    exclusive: false,
  },
  // No maximum in the dictionary; physical bound above the solar constant 1361 W/m² (Kopp & Lean 2011).
  {
    key: 'globalHorizontal',
    index: 13,
    name: 'Global Horizontal Radiation',
    missingAtOrAbove: 9999,
    min: 0,
    max: 1500,
    exclusive: false,
  },
  // As global horizontal: above the solar constant 1361 W/m² (Kopp & Lean 2011).
  {
    key: 'directNormal',
    index: 14,
    name: 'Direct Normal Radiation',
    missingAtOrAbove: 9999,
    min: 0,
    max: 1500,
    exclusive: false,
  },
  // As global horizontal: above the solar constant 1361 W/m² (Kopp & Lean 2011).
  {
    key: 'diffuseHorizontal',
    index: 15,
    name: 'Diffuse Horizontal Radiation',
    missingAtOrAbove: 9999,
    min: 0,
    max: 1500,
    exclusive: false,
  },
  {
    key: 'windDirection',
    index: 20,
    name: 'Wind Direction',
    missingAtOrAbove: 999,
    min: 0,
    max: 360,
    exclusive: false,
  },
  {
    key: 'windSpeed',
    index: 21,
    name: 'Wind Speed',
    missingAtOrAbove: 999,
    min: 0,
    max: 40,
    exclusive: false,
  },
  {
    key: 'totalSkyCover',
    index: 22,
    name: 'Total Sky Cover',
    missingAtOrAbove: 99,
    min: 0,
    max: 10,
    exclusive: false,
  },
  {
    key: 'opaqueSkyCover',
    index: 23,
    name: 'Opaque Sky Cover',
    missingAtOrAbove: 99,
    min: 0,
    max: 10,
    exclusive: false,
  },
  // No maximum in the dictionary; values at or above the missing code 999 cm are not depths.
  {
    key: 'snowDepth',
    index: 30,
    name: 'Snow Depth',
    missingAtOrAbove: 999,
    min: 0,
    max: 998,
    exclusive: false,
  },
];
