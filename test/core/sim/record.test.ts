import { describe, expect, it } from 'vitest';
import { GH, GreenhouseStepOutput } from '../../../src/core/greenhouse';
import { createPlantState } from '../../../src/core/plant/plant';
import type { Dispatch } from '../../../src/core/sim/dispatch';
import type { HeatPumpStep } from '../../../src/core/sim/heatPumpStep';
import { SERIES_NAMES, type SeriesName } from '../../../src/core/sim/outputs';
import {
  GREENHOUSE_SERIES,
  type GreenhouseTrace,
  PER_AREA_SERIES,
} from '../../../src/core/sim/greenhouseTrace';
import { accumulate, HourRows, IX, newStepValues, type StepValues } from '../../../src/core/sim/record';

/** A step whose every input is a different number, so that each series can only come from its own source. */
function fixture(tank: boolean) {
  const v: StepValues = {
    tOut: 251,
    tSky: 232,
    ghi: 405,
    wind: 3.5,
    isDay: true,
    setpoint: 292,
    supplySet: 345,
    powerLimit: 0.75,
    requested: 1.25e6,
    demand: 1.5e6,
    qGh: 1.1e6,
  };
  const st = new Float64Array(15);
  st[GH.air] = 290.5;
  st[GH.coverIn] = 270.5;
  st[GH.canopy] = 289.5;
  st[GH.floor] = 288.5;
  const o = new GreenhouseStepOutput();
  o.pipeMeanT = 330.5;
  o.pipeOutletT = 325.5;
  o.screenClosed = 0.6;
  o.ventOpening = 0.1;
  o.coverLoss = 9.1e5;
  o.infiltrationLoss = 1.7e5;
  o.ventilationLoss = 2.3e4;
  o.soilToDeep = 3.1e3;
  o.transpirationLatent = 4.7e4;
  o.solarAbsorbed = 6.1e5;
  const po = createPlantState();
  Object.assign(po, {
    minerElectricPower: 3.01e6,
    heatToCoolant: 2.71e6,
    heatToAir: 3.0e5,
    hashrate: 1.6e17,
    minerUptime: 0.93,
    chipT: 341,
    minerInletT: 343,
    minerOutletT: 352,
    hxHotOutT: 344,
    minerFlow: 93,
    hxDuty: 1.3e6,
    hxColdFlow: 41,
    hxColdOutT: 339,
    hxUA: 2.2e5,
    greenhouseReturnT: 326,
    preheatedT: 333,
    supplyT: 341.5,
    greenhouseFlow: 79,
    boilerHeat: 2.1e5,
    boilerInput: 2.2e5,
    dryCoolerDuty: 1.41e6,
    fanSpeed: 0.45,
    fanPower: 1.9e4,
    minerPumpPower: 7.3e3,
    greenhousePumpPower: 5.9e3,
  });
  const T = new Float64Array([351, 340, 329]);
  const d = {
    po,
    tank: tank ? { T, nodes: 3 } : undefined,
    charged: 1.7e5,
    discharged: 2.9e4,
    tankLoss: 1.3e3,
  } as unknown as Dispatch;
  const hp = {
    heat: 4.3e5,
    electricity: 1.3e5,
    itPower: 2.3e6,
    rejected: 1.6e6,
    sourceHeat: 3.0e5,
    cyclingLoss: 1.1e3,
    toAir: 3.4e5,
  } as unknown as HeatPumpStep;
  return { v, st, o, d, hp };
}

/** What one step adds to each series, written out from the definitions in outputsHourly.ts. */
function expected(tank: boolean, flowing: boolean, withHp: boolean): Record<SeriesName, number> {
  const pumps = 7.3e3 + 5.9e3;
  return {
    outdoorT: 251,
    skyT: 232,
    globalHorizontal: 405,
    windSpeed: 3.5,
    isDay: 1,
    setpointT: 292,
    greenhouseAirT: 290.5,
    canopyT: 289.5,
    coverT: 270.5,
    floorT: 288.5,
    pipeMeanT: 330.5,
    pipeInletT: flowing ? 337.25 : 330.5,
    pipeOutletT: 325.5,
    screenClosed: 0.6,
    ventOpening: 0.1,
    greenhouseHeatDemand: 1.5e6,
    heatRequested: 1.25e6,
    coverLoss: 9.1e5,
    airExchangeLoss: 1.7e5 + 2.3e4,
    groundLoss: 3.1e3,
    transpirationLatent: 4.7e4,
    solarAbsorbed: 6.1e5,
    minerElectricPower: 3.01e6,
    heatToCoolant: 2.71e6,
    heatToAir: 3.0e5,
    hashrate: 1.6e17,
    minerUptime: 0.93,
    minerPowerLimit: 0.75,
    chipT: 341,
    minerInletT: 343,
    minerOutletT: 352,
    hxHotOutT: 344,
    minerFlow: 93,
    hxDuty: 1.3e6,
    hxColdFlow: 41,
    hxColdOutT: 339,
    hxUA: 2.2e5,
    greenhouseReturnT: 326,
    preheatedT: 333,
    supplyT: 341.5,
    supplySetpointT: 345,
    greenhouseFlow: 79,
    heatToGreenhouse: 1.3e6 - 1.7e5 + 2.9e4,
    backupHeat: 2.1e5,
    backupInput: 2.2e5,
    dryCoolerDuty: 1.41e6,
    fanSpeed: 0.45,
    fanPower: 1.9e4,
    pumpPower: pumps,
    auxiliaryPower: pumps + 1.9e4,
    unmetHeat: 1.5e6 - 1.1e6,
    tankCharge: 1.7e5,
    tankDischarge: 2.9e4,
    tankLoss: 1.3e3,
    tankTopT: tank ? 351 : 0,
    tankBottomT: tank ? 329 : 0,
    heatPumpHeat: withHp ? 4.3e5 : 0,
    heatPumpElectricity: withHp ? 1.3e5 : 0,
    aiItPower: withHp ? 2.3e6 : 0,
    aiHeatRejected: withHp ? 1.6e6 : 0,
    heatPumpSourceHeat: withHp ? 3.0e5 : 0,
    heatPumpCyclingLoss: withHp ? 1.1e3 : 0,
    aiHeatToAir: withHp ? 3.4e5 : 0,
  };
}

function check(acc: Float64Array, want: Record<SeriesName, number>, times: number) {
  for (const k of SERIES_NAMES) {
    const w = want[k] * times;
    expect(Math.abs(acc[IX[k]]! - w), k).toBeLessThanOrEqual(1e-12 * Math.abs(w));
  }
}

describe('record: the hour accumulator', () => {
  it('IX is each series’ position in SERIES_NAMES (the accumulator’s order)', () => {
    expect(Object.keys(IX)).toEqual(SERIES_NAMES);
    SERIES_NAMES.forEach((k, i) => {
      expect(IX[k]).toBe(i);
    });
  });

  it('a fresh StepValues is all zero, night, at full power', () => {
    expect(newStepValues()).toEqual({
      tOut: 0,
      tSky: 0,
      ghi: 0,
      wind: 0,
      isDay: false,
      setpoint: 0,
      supplySet: 0,
      powerLimit: 1,
      requested: 0,
      demand: 0,
      qGh: 0,
    });
  });

  it('adds each step’s value to its own series (two steps: twice each), with tank and heat pump', () => {
    const { v, st, o, d, hp } = fixture(true);
    const acc = new Float64Array(SERIES_NAMES.length);
    accumulate(acc, v, st, o, true, 337.25, d, hp);
    check(acc, expected(true, true, true), 1);
    accumulate(acc, v, st, o, true, 337.25, d, hp);
    check(acc, expected(true, true, true), 2);
  });

  it('no tank: tank temperatures 0; valve shut: the pipe inlet is the pipe mean; no heat pump: its series stay 0', () => {
    const { v, st, o, d } = fixture(false);
    const acc = new Float64Array(SERIES_NAMES.length);
    accumulate(acc, v, st, o, false, 337.25, d);
    check(acc, expected(false, false, false), 1);
  });

  it('a night step counts 0 towards the day share', () => {
    const { v, st, o, d } = fixture(false);
    v.isDay = false;
    const acc = new Float64Array(SERIES_NAMES.length);
    accumulate(acc, v, st, o, true, 337.25, d);
    accumulate(acc, v, st, o, true, 337.25, d);
    expect(acc[IX.isDay]).toBe(0);
  });
});

describe('HourRows: the hours’ means into the series, a block at a time', () => {
  const N = SERIES_NAMES.length;
  /** Hour h's accumulator: series i holds 4·(1000·h + i + 1), so its mean (× ¼) is 1000·h + i + 1. */
  const accAt = (h: number) => Float64Array.from({ length: N }, (_, i) => 4 * (1000 * h + i + 1));
  const isHeat = (k: SeriesName) => PER_AREA_SERIES.includes(k);
  const HOURS = 75; // two full blocks of 32 and a part

  it('each hour’s mean, the greenhouse’s heats × the floor area and per m² into the recording', () => {
    const cols = SERIES_NAMES.map(() => new Float64Array(HOURS).fill(Number.NaN));
    const perArea = GREENHOUSE_SERIES.map((k) => (isHeat(k) ? new Float64Array(HOURS) : undefined));
    const rows = new HourRows(cols, 2e4, perArea, undefined);
    for (let h = 0; h < HOURS; h++) {
      const acc = accAt(h);
      rows.write(acc, h, 0.25);
      expect(acc.every((x) => x === 0)).toBe(true); // cleared for the next hour
    }
    rows.flush();
    for (const [i, k] of SERIES_NAMES.entries()) {
      for (let h = 0; h < HOURS; h++) {
        const mean = 1000 * h + i + 1;
        expect(cols[i]![h]).toBe(isHeat(k) ? mean * 2e4 : mean);
        if (isHeat(k)) expect(perArea[GREENHOUSE_SERIES.indexOf(k)]![h]).toBe(mean);
      }
    }
  });

  it('in a replay, the greenhouse’s series from the trace (its heats × the area), the plant’s from the hours', () => {
    const cols = SERIES_NAMES.map(() => new Float64Array(HOURS));
    const tr = {
      series: GREENHOUSE_SERIES.map((_, j) => Float64Array.from({ length: HOURS }, (_, h) => -(h + j))),
    };
    const rows = new HourRows(cols, 3, undefined, tr as unknown as GreenhouseTrace);
    for (let h = 0; h < HOURS; h++) rows.write(accAt(h), h, 0.25);
    rows.flush();
    for (const [i, k] of SERIES_NAMES.entries()) {
      const j = GREENHOUSE_SERIES.indexOf(k);
      for (let h = 0; h < HOURS; h++) {
        const want = j < 0 ? 1000 * h + i + 1 : isHeat(k) ? -(h + j) * 3 : -(h + j);
        expect(cols[i]![h]).toBe(want);
      }
    }
  });

  it('nothing reaches the series before its block is full or flushed; an hour out of order is refused', () => {
    const cols = SERIES_NAMES.map(() => new Float64Array(HOURS));
    const rows = new HourRows(cols, 1, undefined, undefined);
    for (let h = 0; h < 5; h++) rows.write(accAt(h), h, 1);
    expect(cols[0]![0]).toBe(0);
    expect(() => rows.write(accAt(7), 7, 1)).toThrow(/hour 7 written out of order/);
    rows.flush();
    expect(cols[0]![4]).toBe(4 * 4001);
  });
});
