/**
 * Builds small synthetic EPW texts for the parser tests. The header and the template record are copied
 * from models/weather/CAN_MB_Winnipeg.The.Forks.715790_TMYx.epw (lines 1–9), shortened where irrelevant.
 */

export const HEADER = [
  'LOCATION,Winnipeg.The.Forks,MB,CAN,SRC-TMYx,715790,49.88830,-97.12950,-6.0,230.0',
  'DESIGN CONDITIONS,1,2021 ASHRAE Handbook -- Fundamentals - Chapter 14 Climatic Design Information,,Heating,1,-28.1,-26.1,-32.4,0.2,-27.9,-30.3,0.2,-25.9,7.9,-10.6,6.9,-12.6,2.0,210,0.510,Cooling,7,9.5,30.8,20.7,29.2,19.8',
  'TYPICAL/EXTREME PERIODS,0',
  'GROUND TEMPERATURES,0',
  'HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0',
  'COMMENTS 1,"synthetic test file"',
  'COMMENTS 2,""',
  'DATA PERIODS,1,1,Data,Sunday,1/ 1,12/31',
];

/** Record 1 of the Winnipeg file, split into its 35 fields. */
export const TEMPLATE =
  '2007,1,1,1,0,?9?9?9?9E0?9?9?9?9*9?9?9?9?9?9?9*9?9*9*9?9*9,-9.00,-12.00,77,98098,0,0,195,0,0,0,0,0,0,0,280,2.00,0,7,777.7,77777,9,999999999,3,0.0850,27,88,0.810,0.0,0.0'.split(
    ',',
  );

/** 0-based positions of the fields the tests change (EPW Data Dictionary order). */
export const F = {
  month: 1,
  day: 2,
  hour: 3,
  dryBulb: 6,
  dewPoint: 7,
  relativeHumidity: 8,
  pressure: 9,
  horizontalInfrared: 12,
  globalHorizontal: 13,
  directNormal: 14,
  diffuseHorizontal: 15,
  windDirection: 20,
  windSpeed: 21,
  totalSkyCover: 22,
  opaqueSkyCover: 23,
  snowDepth: 30,
} as const;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `hours` consecutive records from 1 January hour 1 (leap: include 29 February), each the template with
 * `edit(fields, index)` applied.
 */
export function makeRecords(hours: number, edit?: (f: string[], i: number) => void, leap = false): string[] {
  const out: string[] = [];
  let [m, d, h] = [1, 1, 1];
  for (let i = 0; i < hours; i++) {
    const f = TEMPLATE.slice();
    f[F.month] = String(m);
    f[F.day] = String(d);
    f[F.hour] = String(h);
    edit?.(f, i);
    out.push(f.join(','));
    if (++h > 24) {
      h = 1;
      if (++d > DAYS[m - 1]! + (leap && m === 2 ? 1 : 0)) {
        d = 1;
        m = m === 12 ? 1 : m + 1;
      }
    }
  }
  return out;
}

export function makeEpw(records: string[], header = HEADER, eol = '\n'): string {
  return [...header, ...records].join(eol) + eol;
}
