/**
 * A documented short case against GreenLight's own output (data/greenlight-winnipeg-jan1-3.csv: GreenLight v2,
 * Katzin 2021 model, lamps off, 1–3 January on the bundled Winnipeg EPW, hourly). The twin's greenhouse model is
 * started from GreenLight's initial state, given the same weather, GreenLight's deep-soil series and its young
 * crop's mean leaf area, and made to follow GreenLight's air temperature hour by hour; the heat it needs for
 * that is compared with GreenLight's boiler heat. Day 1 carries both models' start-up transients (GreenLight
 * heats at its 300 W/m² cap in the first hour), so days 2–3 are compared more tightly than the three days.
 * Known differences that remain: the twin's angle-dependent cover transmission (GreenLight: a fixed 0.85), its
 * screen and vent controllers solved per 5-minute step rather than continuously (sunny afternoons), and its
 * constant leaf area (GreenLight's crop grows from 0.12 to 0.41 in these days). Measured: days 2–3 +4.0 %, the
 * three days +7.4 %.
 */
import { VANTHOOR_HOUSE } from '../../../../src/core/greenhouse/vanthoor';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createGreenhouse,
  GH,
  type GreenhouseInputs,
  GreenhouseStepOutput,
  HeatDemandOutput,
  heatDemand,
  saturationVapourPressure,
  stepGreenhouse,
} from '../../../../src/core/greenhouse';
import { coverSolar } from '../../../../src/core/sim/solar';
import { bundledWeather } from '../../../../src/core/weather';

const rows = readFileSync(new URL('./data/greenlight-winnipeg-jan1-3.csv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('time'))
  .map((l) => l.split(',').map(Number));
const C = (t: number) => t + 273.15;

function run(): { ours: number[]; greenlight: number[] } {
  const w = bundledWeather();
  const A = 4e4;
  const meanLai = rows.slice(0, 72).reduce((s, r) => s + r[2]!, 0) / 72; // GreenLight's crop grows 0.12 → 0.41
  // GreenLight's default house (Katzin 2021 Table 4.2) with Vanthoor's single glass
  const gh = createGreenhouse({
    ...VANTHOOR_HOUSE,
    floorArea: A,
    cover: 'single-glass',
    coverToFloorRatio: 4.84 / 4,
    height: 6.9,
    topHeight: 0.6,
    daySetpoint: C(19.5),
    nightSetpoint: C(18.5),
    ventOffset: 5,
    leakage: (1e-4 * 4) / 6.9,
    leafAreaIndex: meanLai,
    indoorRH: 0.87,
    roofVentShare: 4676 / 4e4,
    ventHeight: 1.3,
    airPressure: 101325 * (1 - 2.5577e-5 * 230) ** 5.25588,
    pipeRail: { outerDiameter: 0.051, innerDiameter: 0.047, lengthPerFloorArea: 1.25, emissivity: 0.88 },
  });
  const st = new Float64Array(15);
  for (const k of ['air', 'top', 'screen', 'coverIn', 'coverOut', 'floor', 'pipe'] as const)
    st[GH[k]] = C(16.5);
  st[GH.canopy] = C(20.5);
  [16.5, 13.364, 10.228, 7.092, 3.956].forEach((t, i) => {
    st[[GH.soil1, GH.soil2, GH.soil3, GH.soil4, GH.soil5][i]!] = C(t);
  });
  st[GH.vpAir] = 1681.91;
  st[GH.vpTop] = 1313;
  const solar = coverSolar(w, gh.cover, 22, 0);
  const out = new GreenhouseStepOutput();
  const d = new HeatDemandOutput();
  const n = 12;
  const dt = 3600 / n;
  const flow = 0.02 * A;
  const ours = [0, 0, 0];
  const greenlight = [0, 0, 0];
  for (let h = 0; h < 72; h++) {
    const target = C(rows[h + 1]?.[1] ?? rows[h]![1]!);
    for (let k = 0; k < n; k++) {
      const inp: GreenhouseInputs = {
        outdoorT: w.dryBulb[h]!,
        skyT: w.skyTemperature[h]!,
        windSpeed: w.windSpeed[h]!,
        solarOnCover: solar[h]!,
        isDay: w.globalHorizontal[h]! > 0,
        outdoorVapourPressure: saturationVapourPressure(w.dewPoint[h]!),
        heatingSetpoint: C(19.5),
        deepSoilT: C(rows[h]![3]!),
        pipeMassFlow: flow,
        pipeInletT: 330,
      };
      heatDemand(gh, st, inp, target, dt, d);
      if (d.waterHeat > 0) inp.pipeInletT = Math.min(d.pipeInletT, 420);
      else inp.pipeMassFlow = 0;
      stepGreenhouse(gh, st, inp, dt, out);
      ours[Math.floor(h / 24)]! += Math.max(0, out.pipeWaterHeat) / A / (24 * n);
    }
    greenlight[Math.floor(h / 24)]! += (rows[h + 1]?.[4] ?? 0) / 24;
  }
  return { ours, greenlight };
}

describe('GreenLight short case: 1–3 January, Winnipeg, young crop', () => {
  const { ours, greenlight } = run();

  it('days 2 and 3 need the heat GreenLight gave within 8 %', () => {
    const a = ours[1]! + ours[2]!;
    const b = greenlight[1]! + greenlight[2]!;
    expect(b).toBeGreaterThan(140); // GreenLight: 91.3 + 60.5 W/m² daily means
    expect(a / b).toBeGreaterThan(0.92);
    expect(a / b).toBeLessThan(1.08);
  });

  it('the three days within 10 % (day 1 includes both models’ start-up)', () => {
    const a = ours.reduce((s, x) => s + x, 0);
    const b = greenlight.reduce((s, x) => s + x, 0);
    expect(a / b).toBeGreaterThan(0.9);
    expect(a / b).toBeLessThan(1.1);
  });
});
